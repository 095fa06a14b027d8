package com.tandem.server.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
class OrganizationPagesIT {

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
  void anAdministratorCreatesAnOrganizationAfterFixingABlankName() {
    try (BrowserSession s = admin()) {
      s.open("/system/organizations");
      s.page
          .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create Organization"))
          .click();
      s.page.getByLabel("Name").fill("   ");
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.locator("#name-error")).hasText("must not be blank");
      assertThat(s.page.getByText("Nothing was saved")).isVisible();

      s.page.getByLabel("Name").fill("Initech Pages");
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.getByRole(AriaRole.STATUS)).containsText("Saved “Initech Pages”");
      assertThat(
              s.page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Initech Pages")))
          .isVisible();
    }
  }

  @Test
  void theMoreOptionsMenuOfARowLeadsToEditAndConfiguration() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Menu");
    String name = directory.organizationName(org);
    try (BrowserSession s = admin()) {
      s.open("/system/organizations");
      Locator row =
          s.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
      Locator configuration =
          row.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Configuration"));
      assertThat(configuration).isHidden();
      row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More Options"))
          .hover();
      assertThat(configuration).isVisible();
      assertThat(configuration)
          .hasAttribute(
              "href", "/system/organizations/" + org + "/configuration/integrations/microsoft");

      row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More Options"))
          .click();
      row.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Edit")).click();
      s.page.getByLabel("Name").fill(name + " Renamed");
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.getByRole(AriaRole.STATUS)).containsText("Saved “" + name + " Renamed”");
    }
    assertThat(directory.organizationName(org)).isEqualTo(name + " Renamed");
  }

  @Test
  void aDuplicateNameIsShownNextToTheFieldAndNothingChanges() {
    TestDirectory directory = new TestDirectory(jdbc);
    long first = directory.organization("First");
    long second = directory.organization("Second");
    String firstName = directory.organizationName(first);
    String secondName = directory.organizationName(second);
    try (BrowserSession s = admin()) {
      s.open("/system/organizations/" + second + "/edit");
      s.page.getByLabel("Name").fill(firstName);
      s.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(s.page.locator("#name-error")).containsText("already exists");
    }
    assertThat(directory.organizationName(second)).isEqualTo(secondName);
  }

  @Test
  void anOrganizationAdministratorListsOnlyTheirOrganizationAndCannotOpenAnother() {
    TestDirectory directory = new TestDirectory(jdbc);
    long own = directory.organization("Mine");
    long other = directory.organization("Theirs");
    long boss = directory.user("pageboss", "pageboss-password", own, "ORG_ADMIN");
    try (BrowserSession s =
        BrowserSession.signIn(chromium, port, directory.username(boss), "pageboss-password")) {
      s.open("/system/organizations");
      assertThat(s.page.getByText(directory.organizationName(own))).isVisible();
      assertThat(s.page.getByText(directory.organizationName(other))).hasCount(0);
      assertThat(
              s.page.getByRole(
                  AriaRole.LINK, new Page.GetByRoleOptions().setName("Create Organization")))
          .hasCount(0);
      com.microsoft.playwright.Response response =
          s.page.navigate(s.base + "/system/organizations/" + other + "/edit");
      assertThat(response.status()).isEqualTo(404);
    }
  }

  private BrowserSession admin() {
    return BrowserSession.signIn(chromium, port, "admin", DirectoryServerTest.ADMIN_PASSWORD);
  }
}
