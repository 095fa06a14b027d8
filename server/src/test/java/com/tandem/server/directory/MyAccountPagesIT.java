package com.tandem.server.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DirectoryServerTest
class MyAccountPagesIT {

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
  void aUserCreatesATokenSeesItOnceUsesItAndRevokesIt() {
    TestDirectory directory = new TestDirectory(jdbc);
    long userId = directory.user("owner", "owner-password", directory.organization("Pat"), "USER");
    try (BrowserSession s =
        BrowserSession.signIn(chromium, port, directory.username(userId), "owner-password")) {
      s.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My Account")).click();
      s.page
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
          .click();
      assertThat(s.page.locator("#tokenName-error")).hasText("must not be blank");

      s.page.getByLabel("Token name").fill("reporting");
      s.page
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
          .click();
      String secret = s.page.locator("#new-token").textContent();
      assertThat(secret).startsWith("tdm_");
      assertThat(ApiClient.bearer(port, secret).get("/api/v1/users/" + userId).status())
          .isEqualTo(200);

      s.page.reload();
      assertThat(s.page.locator("#new-token")).hasCount(0);
      assertThat(
              s.page.getByRole(
                  AriaRole.CELL, new Page.GetByRoleOptions().setName("reporting").setExact(true)))
          .isVisible();
      s.page
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke reporting"))
          .click();
      assertThat(s.page.getByRole(AriaRole.STATUS)).containsText("revoked");
      assertThat(ApiClient.bearer(port, secret).get("/api/v1/users/" + userId).status())
          .isEqualTo(401);
    }
  }

  @Test
  void aUserChangesTheirPasswordOnlyWithTheCurrentOneAndMatchingRepeats() {
    TestDirectory directory = new TestDirectory(jdbc);
    long userId = directory.user("changer", "old-password", directory.organization("Pw"), "USER");
    String username = directory.username(userId);
    try (BrowserSession s = BrowserSession.signIn(chromium, port, username, "old-password")) {
      s.open("/my/account");
      s.page.getByLabel("Current password").fill("wrong-password");
      s.page
          .getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
          .fill("new-password-1");
      s.page.getByLabel("Repeat the new password").fill("new-password-2");
      s.page
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
          .click();
      assertThat(s.page.locator("#currentPassword-error")).isVisible();
      assertThat(s.page.locator("#repeatPassword-error")).isVisible();
      assertThat(ApiClient.basic(port, username, "old-password").get("/api/v1/users").status())
          .isEqualTo(200);

      s.page.getByLabel("Current password").fill("old-password");
      s.page
          .getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
          .fill("new-password-1");
      s.page.getByLabel("Repeat the new password").fill("new-password-1");
      s.page
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
          .click();
      assertThat(s.page.getByRole(AriaRole.STATUS)).containsText("Your password was changed.");
    }
    assertThat(ApiClient.basic(port, username, "new-password-1").get("/api/v1/users").status())
        .isEqualTo(200);
  }
}
