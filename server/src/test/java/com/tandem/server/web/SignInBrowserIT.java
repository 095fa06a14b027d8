package com.tandem.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:signin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=first-admin-secret"
    })
class SignInBrowserIT {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

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
  void aUserSignsInSeesTheirNameAndSignsOut() {
    TestDirectory directory = new TestDirectory(jdbc);
    long userId = directory.user("casey", "casey-password", directory.organization("Acme"), "USER");
    String username = directory.username(userId);
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/");
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
      page.getByLabel("Username").fill(username);
      page.getByLabel("Password").fill("casey-password");
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Sign in"))
          .click();
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING))
          .containsText("Welcome, " + username);
      page.getByText("Sign out").click();
      assertThat(page.getByText("You have signed out.")).isVisible();
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessage() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/login");
      page.getByLabel("Username").fill("admin");
      page.getByLabel("Password").fill("not-the-password");
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Sign in"))
          .click();
      assertThat(page.getByText("Wrong username or password.")).isVisible();
    }
  }
}
