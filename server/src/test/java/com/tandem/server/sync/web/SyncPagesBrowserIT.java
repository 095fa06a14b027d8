package com.tandem.server.sync.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.server.sync.Http;
import com.tandem.server.sync.SyncRows;
import com.tandem.server.sync.SyncTestPorts;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sync pages in a browser: the Synchronization section of Microsoft Settings with Sync now, the
 * run history and item log, conflicts, held deletions and the organization overview.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:syncapi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.data-dir=target/it-data/sync-api",
      "tandem.admin-password=first-admin-secret",
      // Runs start only when a test says so (Sync now), never from the schedule.
      "db-scheduler.enabled=false"
    })
@Import(SyncTestPorts.class)
class SyncPagesBrowserIT {

  static final String PASSWORD = "sync-password";
  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired RecordingSyncNow syncNow;

  SyncRows rows;
  TestDirectory directory;
  long org;
  long casey;
  long boss;

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

  @BeforeEach
  void people() {
    rows = new SyncRows(jdbc);
    syncNow.reset();
    String settings =
        """
        {"azure.client_id": "client", "azure.client_secret": "secret", "azure.tenant_id": "t",
         "azure.cloud": "CUSTOM", "azure.authority_url": "http://127.0.0.1:9",
         "azure.graph_url": "http://127.0.0.1:9", "azure.auth_mode": "APPLICATION",
         "integrations.calendar_enabled": true, "integrations.tasks_enabled": false}
        """;
    assertThat(
            new Http(port)
                .call("PATCH", "/api/v1/settings/system", settings, "admin", "first-admin-secret")
                .status())
        .isEqualTo(200);
    directory = new TestDirectory(jdbc);
    org = directory.organization("Acme");
    casey = directory.user("casey", PASSWORD, org, "USER");
    boss = directory.user("boss", PASSWORD, org, "ORG_ADMIN");
    jdbc.sql(
            "INSERT INTO microsoft_user_links (user_id, microsoft_user, microsoft_user_key,"
                + " account_name, linked_by, linked_at) VALUES (?, ?, ?, 'Casey', 'ADMIN', ?)")
        .params(
            casey,
            "casey" + casey + "@contoso.test",
            "casey" + casey + "@contoso.test",
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
  }

  @Test
  void aUserSeesTheLastRunClicksSyncNowAndReadsTheItemLog() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    long run = rows.run(casey, "CALENDAR", t, "SUCCEEDED", 2, 1, 0, null);
    rows.item(run, "CREATE", "MICROSOFT", "41", "Quarterly review", t.plusSeconds(1));
    rows.connection(casey, clock.instant().plusSeconds(300), null, null);

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, casey);
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My Configuration"))
          .click();
      Locator panel = page.locator("fieldset.sync-panel");
      Locator calendar = panel.locator("tr[data-resource=CALENDAR]");
      assertThat(calendar).containsText("Idle");
      assertThat(calendar).containsText("2 created in Microsoft, 1 updated in Tandem");
      assertThat(calendar).containsText("2026-03-01 10:00:02 UTC");
      assertThat(panel.locator("tr[data-resource=TASKS]"))
          .containsText("Switched off for the whole system");
      assertThat(panel.locator("tr[data-resource=EMAIL]")).containsText("not available");

      panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sync now")).click();

      assertThat(page.locator(".sync-now-result"))
          .containsText("Calendar (Succeeded): 1 created in Microsoft");
      assertThat(syncNow.calls).extracting(RecordingSyncNow.Call::userId).containsExactly(casey);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run history")).click();
      assertThat(page.getByRole(AriaRole.HEADING)).containsText("Run history");
      page.locator("tr[data-run='" + run + "'] a").click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .containsText("Run " + run);
      assertThat(page.locator("table.sync-items")).containsText("Quarterly review");
      assertThat(page.locator("table.sync-items")).containsText("MICROSOFT");
    }
  }

  @Test
  void syncNowWhileARunGoesOnSaysSo() {
    syncNow.busy = true;
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, casey);
      page.navigate(url("/my/configuration/integrations/microsoft"));

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();

      assertThat(page.locator("fieldset.sync-panel .alert.error")).containsText("going on already");
    }
  }

  @Test
  void conflictsShowBothVersionsSideBySide() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    long run = rows.run(casey, "CALENDAR", t, "SUCCEEDED", 0, 0, 1, null);
    rows.conflict(
        casey,
        run,
        "Planning",
        "{\"title\":\"Planning (Tandem)\",\"location\":\"Room 1\"}",
        "{\"title\":\"Planning (Outlook)\",\"location\":\"Room 1\"}",
        t);

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, casey);
      page.navigate(url("/my/configuration/integrations/microsoft"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conflicts (1)")).click();

      Locator conflict = page.locator("article.sync-conflict");
      assertThat(conflict.locator("h2")).containsText("CRM_WINS");
      Locator title = conflict.locator("tr.differs");
      assertThat(title).hasCount(1);
      assertThat(title).containsText("Planning (Tandem)");
      assertThat(title).containsText("Planning (Outlook)");
    }
  }

  @Test
  void heldDeletionsWaitForAnAdministratorWhoApprovesThem() {
    long hold =
        rows.hold(
            casey,
            "CALENDAR",
            "MICROSOFT",
            "[{\"crmId\":\"7\",\"crmVersion\":\"3\",\"microsoftId\":\"ms-7\",\"microsoftVersion\":\"ck\",\"synced\":{\"title\":\"Weekly sync\"}}]",
            clock.instant());

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, casey);
      page.navigate(url("/users/" + casey + "/sync/pending-deletions"));
      Locator held = page.locator("article[data-hold='" + hold + "']");
      assertThat(held).containsText("Weekly sync");
      assertThat(held).containsText("Waiting for an administrator");
      assertThat(held.getByRole(AriaRole.BUTTON)).hasCount(0);
    }
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, boss);
      page.navigate(url("/system/users/" + casey + "/configuration/integrations/microsoft"));
      assertThat(page.locator("fieldset.sync-panel tr[data-resource=CALENDAR]"))
          .containsText("Waiting for approval");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Held deletions (1)"))
          .click();

      page.locator("article[data-hold='" + hold + "']")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve deletions"))
          .click();

      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Approved");
      assertThat(page.locator("article[data-hold='" + hold + "'] .sync-hold-status"))
          .hasText("Approved");
      assertThat(rows.holdStatus(hold)).isEqualTo("APPROVED");
    }
  }

  @Test
  void anAdministratorSeesTheOrganizationsOverviewFromTheOrganizationsMenu() {
    rows.run(casey, "CALENDAR", Instant.parse("2026-03-01T10:00:00Z"), "SUCCEEDED", 3, 0, 0, null);

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, boss);
      page.navigate(url("/system/organizations"));
      Locator orgRow =
          page.getByRole(AriaRole.ROW)
              .filter(new Locator.FilterOptions().setHasText(directory.organizationName(org)));
      orgRow
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More Options"))
          .hover();
      orgRow
          .getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Synchronization"))
          .click();

      assertThat(page.getByRole(AriaRole.HEADING)).containsText("Synchronization overview");
      Locator caseyRow = page.locator("tr[data-user='" + casey + "']");
      assertThat(caseyRow.locator("td[data-resource=CALENDAR]")).containsText("Idle");
      assertThat(caseyRow.locator("td[data-resource=CALENDAR]"))
          .containsText("3 created in Microsoft");
      assertThat(caseyRow.locator("td[data-resource=TASKS]")).containsText("Switched off");
      assertThat(page.locator("tr[data-user='" + boss + "'] td[data-resource=CALENDAR]"))
          .containsText("No Microsoft account is connected");
    }
  }

  @Test
  void aUserMayNotOpenTheOverview() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, casey);

      var response = page.navigate(url("/system/organizations/" + org + "/sync"));

      assertThat(response.status()).isEqualTo(403);
    }
  }

  @Test
  void aPathWhoseIdIsNotANumberIsNotFoundInTheLayout() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, casey);

      var response = page.navigate(url("/users/not-a-number/sync/runs"));

      assertThat(response.status()).isEqualTo(404);
      assertThat(page.locator("h1")).hasText("Not found");
    }
  }

  private void signIn(Page page, long userId) {
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(directory.username(userId));
    page.getByLabel("Password").fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page.getByRole(AriaRole.HEADING)).containsText("Welcome");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
