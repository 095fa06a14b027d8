package com.tandem.server.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user keeps the organization's contacts in the back office: the form, the list, the search. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // the activity browser test's server, shared
      "spring.datasource.url=jdbc:h2:mem:activitybrowser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=activity-browser-secret",
      "db-scheduler.enabled=false"
    })
class ContactsBrowserIT {

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
  void aUserAddsAContactFixesABadAddressAndFindsItAgain() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Fabrikam");
    long userId = directory.user("carla", "carla-password", org, "USER");
    long colleague = directory.user("carlos", "carlos-password", org, "USER");
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, directory.username(userId), "carla-password");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contacts").setExact(true))
          .click();
      assertThat(page.getByText("No contacts yet.")).isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New contact")).click();
      page.getByLabel("Name").fill("Maria Lopez");
      page.getByLabel("E-mail addresses").fill("maria@northwind.test\nmaria at northwind");
      page.getByLabel("Company").fill("Northwind");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

      assertThat(page.getByText("Please correct the marked fields.")).isVisible();
      assertThat(page.locator(".field-error")).hasText("Address 2: must be an e-mail address");
      assertThat(page.getByLabel("Name")).hasValue("Maria Lopez");
      page.getByLabel("E-mail addresses").fill("maria@northwind.test\nm.lopez@northwind.test");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Maria Lopez")))
          .isVisible();
      assertThat(page.locator("dl.details")).containsText("m.lopez@northwind.test");
      assertThat(page.locator("dl.details")).containsText("Northwind");
    }
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, directory.username(colleague), "carlos-password");
      page.navigate("http://localhost:" + port + "/contacts");
      page.getByLabel("Search by name or address").fill("M.LOPEZ@");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Maria Lopez"));
      assertThat(row).isVisible();
      page.getByLabel("Search by name or address").fill("nobody");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      assertThat(page.getByText("No contact matches “nobody”.")).isVisible();

      // a second contact may not take an address the first one has
      page.navigate("http://localhost:" + port + "/contacts/new");
      page.getByLabel("Name").fill("Someone else");
      page.getByLabel("E-mail addresses").fill("MARIA@northwind.test");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(page.locator(".field-error"))
          .hasText("MARIA@northwind.test already belongs to the contact Maria Lopez.");
    }
  }

  private void signIn(Page page, String username, String password) {
    page.navigate("http://localhost:" + port + "/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
  }
}
