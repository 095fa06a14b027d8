package com.tandem.server.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DirectoryServerTest
class UserPagesIT {

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
  void anOrganizationAdministratorCreatesAUserAfterFixingTheFieldsShownWrong() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Hiring");
    long boss = directory.user("hr", "hr-password", org, "ORG_ADMIN");
    String username = "newbie-" + UUID.randomUUID().toString().substring(0, 6);
    try (BrowserSession s =
        BrowserSession.signIn(chromium, port, directory.username(boss), "hr-password")) {
      s.open("/system/users");
      s.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create User")).click();
      assertThat(s.page.getByLabel("System administrator")).hasCount(0);
      s.page.getByLabel("Username").fill(username);
      s.page.getByLabel("Display name").fill("New Bie");
      s.page.getByLabel("Email").fill("not-an-address");
      s.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.locator("#email-error")).containsText("email address");
      assertThat(s.page.locator("#password-error")).containsText("at least 8");
      assertThat(s.page.getByLabel("Username")).hasValue(username);
      assertThat(count(username)).isZero();

      s.page.getByLabel("Email").fill("newbie@example.com");
      s.page
          .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
          .fill("newbie-password");
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.getByRole(AriaRole.STATUS)).containsText("Saved “" + username + "”");
      Locator row =
          s.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username));
      assertThat(row).containsText("newbie@example.com");
      row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More Options"))
          .hover();
      Locator configuration =
          row.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Configuration"));
      assertThat(configuration).isVisible();
      long id =
          jdbc.sql("SELECT id FROM users WHERE username = ?")
              .param(username)
              .query(Long.class)
              .single();
      assertThat(configuration)
          .hasAttribute("href", "/system/users/" + id + "/configuration/integrations/microsoft");
    }
    assertThat(count(username)).isOne();
  }

  @Test
  void anOrganizationAdministratorListsOnlyTheirOrganizationsUsers() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Listed");
    long other = directory.organization("Unlisted");
    long boss = directory.user("lister", "lister-password", org, "ORG_ADMIN");
    long mate = directory.user("mate", "mate-password", org, "USER");
    long stranger = directory.user("stranger", "stranger-password", other, "USER");
    try (BrowserSession s =
        BrowserSession.signIn(chromium, port, directory.username(boss), "lister-password")) {
      s.open("/system/users");
      assertThat(
              s.page.getByText(
                  directory.username(mate), new Page.GetByTextOptions().setExact(true)))
          .isVisible();
      assertThat(
              s.page.getByText(
                  directory.username(stranger), new Page.GetByTextOptions().setExact(true)))
          .hasCount(0);
      assertThat(s.page.navigate(s.base + "/system/users/" + stranger + "/edit").status())
          .isEqualTo(404);
    }
  }

  @Test
  void anAdministratorEditsAUserAndAPlainUserCannotOpenTheSystemPages() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Edited");
    long plain = directory.user("plainjane", "plainjane-password", org, "USER");
    try (BrowserSession s =
        BrowserSession.signIn(chromium, port, "admin", DirectoryServerTest.ADMIN_PASSWORD)) {
      s.open("/system/users/" + plain + "/edit");
      s.page.getByLabel("Display name").fill("");
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.locator("#displayName-error")).hasText("must not be blank");
      s.page.getByLabel("Display name").fill("Jane Plain");
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.getByRole(AriaRole.STATUS)).containsText("Saved");
    }
    assertThat(
            jdbc.sql("SELECT display_name FROM users WHERE id = ?")
                .param(plain)
                .query(String.class)
                .single())
        .isEqualTo("Jane Plain");
    try (BrowserSession s =
        BrowserSession.signIn(chromium, port, directory.username(plain), "plainjane-password")) {
      assertThat(s.page.navigate(s.base + "/system/users").status()).isEqualTo(403);
      assertThat(s.page.navigate(s.base + "/system/organizations").status()).isEqualTo(403);
    }
  }

  private long count(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
