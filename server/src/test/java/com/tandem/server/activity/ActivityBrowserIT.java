package com.tandem.server.activity;

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

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:activitybrowser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=activity-browser-secret",
      "db-scheduler.enabled=false"
    })
class ActivityBrowserIT {

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
  void aUserPlansAnEventInTheWeekViewAndClosesATask() {
    TestDirectory directory = new TestDirectory(jdbc);
    long userId = directory.user("paula", "paula-password", directory.organization("Acme"), "USER");
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate("http://localhost:" + port + "/login");
      page.getByLabel("Username").fill(directory.username(userId));
      page.getByLabel("Password").fill("paula-password");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendar").setExact(true))
          .click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Calendar")))
          .isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New event")).click();
      page.getByLabel("Title").fill("Demo with Contoso");
      page.getByLabel("Start")
          .fill(page.getByLabel("Start").inputValue().substring(0, 10) + "T14:00");
      page.getByLabel("End", new Page.GetByLabelOptions().setExact(true))
          .fill(page.getByLabel("Start").inputValue().substring(0, 10) + "T15:30");
      page.getByLabel("Time zone").fill("Europe/Berlin");
      String day = page.getByLabel("Start").inputValue().substring(0, 10);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

      Locator column = page.locator(".day[data-date=\"" + day + "\"]");
      assertThat(column).containsText("Demo with Contoso");
      assertThat(column).containsText("14:00–15:30");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tasks").setExact(true))
          .click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New task")).click();
      page.getByLabel("Subject").fill("Send the Contoso offer");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

      Locator row =
          page.locator("tr", new Page.LocatorOptions().setHasText("Send the Contoso offer"));
      assertThat(row.locator(".status")).hasText("Open");
      row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark closed")).click();
      assertThat(row.locator(".status")).hasText("Closed");
      assertThat(
              row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark closed")))
          .hasCount(0);
    }
  }
}
