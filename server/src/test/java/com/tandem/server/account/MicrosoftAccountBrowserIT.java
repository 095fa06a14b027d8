package com.tandem.server.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.emulator.GraphEmulator;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user connects their sandbox Microsoft account from My Configuration, in a real browser. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:accountbrowser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=first-admin-secret",
      "tandem.sandbox.enabled=true"
    })
class MicrosoftAccountBrowserIT {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SandboxTenant sandbox;

  @BeforeAll
  static void startBrowser() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aUserConnectsChecksAndSeesReconnectRequiredOnceTheGrantIsRevoked() {
    TestDirectory directory = new TestDirectory(jdbc);
    long casey = directory.user("casey", "casey-password", directory.organization("Acme"), "USER");
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/login");
      page.getByLabel("Username").fill(directory.username(casey));
      page.getByLabel("Password").fill("casey-password");
      button(page, "Sign in").click();
      page.getByLabel("Main menu")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My Configuration"))
          .click();
      page.locator(".config-nav")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Microsoft Settings"))
          .click();

      Locator section = page.locator("fieldset.microsoft-account");
      assertThat(section).containsText("Sandbox");
      assertThat(section).containsText("Not connected");
      String login = page.locator("#sandbox-user").textContent().trim();
      String password = page.locator("#sandbox-password").textContent().trim();

      Page popup = page.waitForPopup(() -> button(page, "Connect").click());
      popup.locator("#login").fill(login);
      popup.locator("#passwd").fill(password);
      button(popup, "Sign in").click();
      button(popup, "Accept").click();

      assertThat(section).containsText("Connected as casey");
      button(page, "Check Connection").click();
      assertThat(page.locator(".check-result")).containsText("The connection works.");

      GraphEmulator emulator = sandbox.emulator().orElseThrow();
      emulator.control().revokeRefreshTokens(SandboxTenant.TENANT, login);
      emulator.control().advanceClock(Duration.ofHours(2));
      button(page, "Check Connection").click();

      assertThat(section).containsText("Reconnect required");
      assertThat(button(page, "Reconnect")).isVisible();
    }
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
