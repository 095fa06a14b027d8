package com.tandem.server.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestClock;
import com.tandem.server.testing.TestDirectory;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DirectoryServerTest
class SignInThrottleIT {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  @AfterEach
  void forgetFailures() {
    // Failures from this machine's address must not slow down the other test classes.
    clock.advance(Duration.ofHours(3));
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void repeatedBasicFailuresAreRefusedForAPeriodThatDoubles() {
    TestDirectory directory = new TestDirectory(jdbc);
    long userId = directory.user("guessed", "right-password", directory.organization("Th"), "USER");
    String username = directory.username(userId);
    ApiClient wrong = ApiClient.basic(port, username, "wrong-password");
    ApiClient right = ApiClient.basic(port, username, "right-password");

    for (int i = 0; i < 5; i++) {
      assertThat(wrong.get("/api/v1/users").status()).isEqualTo(401);
    }
    ApiClient.Answer refused = right.get("/api/v1/users");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isEqualTo("30");
    assertThat(refused.json().get("detail").asString())
        .isEqualTo("Too many failed sign-ins, try again in 30 seconds.");

    clock.advance(Duration.ofSeconds(31));
    assertThat(wrong.get("/api/v1/users").status()).isEqualTo(401);
    ApiClient.Answer longer = right.get("/api/v1/users");
    assertThat(longer.status()).isEqualTo(429);
    assertThat(longer.header("Retry-After")).isEqualTo("60");

    clock.advance(Duration.ofSeconds(61));
    assertThat(right.get("/api/v1/users").status()).isEqualTo(200);
    assertThat(wrong.get("/api/v1/users").status()).isEqualTo(401);
    assertThat(right.get("/api/v1/users").status()).isEqualTo(200);
  }

  @Test
  void theSignInPageSaysWhenToTryAgain() {
    chromium = chromium == null ? Chromium.launch() : chromium;
    TestDirectory directory = new TestDirectory(jdbc);
    long userId = directory.user("former", "former-password", directory.organization("Fm"), "USER");
    String username = directory.username(userId);
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/login");
      for (int i = 0; i < 5; i++) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("not-it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Wrong username or password.")).isVisible();
      }
      page.getByLabel("Username").fill(username);
      page.getByLabel("Password").fill("former-password");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page.getByRole(AriaRole.ALERT))
          .hasText("Too many failed sign-ins, try again in 30 seconds.");

      clock.advance(Duration.ofSeconds(30));
      page.getByLabel("Username").fill(username);
      page.getByLabel("Password").fill("former-password");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page.getByRole(AriaRole.HEADING)).containsText("Welcome");
    }
  }
}
