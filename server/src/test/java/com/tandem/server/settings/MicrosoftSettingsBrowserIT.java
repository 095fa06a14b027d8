package com.tandem.server.settings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seed's steps in a browser: organization and user Microsoft Settings. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:settingsbrowser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.data-dir=target/it-data/settings-browser",
      "tandem.admin-password=first-admin-secret"
    })
class MicrosoftSettingsBrowserIT {

  static final String PASSWORD = "browser-password";
  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Settings settings;

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
  void anOrganizationAdministratorOverridesTheSystemAndTheOrganizationsUsersInheritIt() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Contoso");
    String admin = directory.username(directory.user("olga", PASSWORD, org, "ORG_ADMIN"));
    long memberId = directory.user("mike", PASSWORD, org, "USER");
    String member = directory.username(memberId);

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, admin);
      // 1. System > User Management > Organizations in the main menu.
      Locator mainMenu =
          page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"));
      mainMenu.getByText("System", new Locator.GetByTextOptions().setExact(true)).hover();
      mainMenu
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Organizations"))
          .click();
      // 2. The organization's row: hover More Options, click Configuration.
      Locator orgRow =
          page.getByRole(AriaRole.ROW)
              .filter(new Locator.FilterOptions().setHasText(directory.organizationName(org)));
      orgRow
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More Options"))
          .hover();
      orgRow
          .getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Configuration"))
          .click();
      // 3. System Configuration > Integrations > Microsoft Settings in the menu to the left.
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Configuration menu"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Microsoft Settings"))
          .click();
      assertThat(page)
          .hasURL(
              java.util.regex.Pattern.compile(
                  ".*/system/organizations/" + org + "/configuration/integrations/microsoft$"));
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Microsoft Settings")))
          .isVisible();

      // 4. Clear Use System, then the Synchronization, Calendar and Tasks sections; Save.
      Locator sync = section(page, "Synchronization Settings");
      Locator interval = sync.getByLabel("Sync interval, in minutes");
      assertThat(interval).isDisabled();
      assertThat(interval).hasValue("5");
      row(sync, "Sync interval, in minutes").getByLabel("Use System").uncheck();
      assertThat(interval).isEnabled();
      interval.fill("30");

      Locator calendar = section(page, "Calendar Synchronization");
      row(calendar, "Enabled").getByLabel("Use System").uncheck();
      calendar.getByLabel("Enabled", new Locator.GetByLabelOptions().setExact(true)).uncheck();
      row(calendar, "Sync Direction").getByLabel("Use System").uncheck();
      calendar
          .getByLabel("Sync Direction")
          .selectOption(new SelectOption().setLabel("Microsoft to CRM"));
      assertThat(calendar.getByLabel("Conflict Resolution")).isDisabled();

      Locator tasks = section(page, "Tasks Synchronization");
      row(tasks, "Sync Direction").getByLabel("Use System").uncheck();
      tasks.getByLabel("Sync Direction").selectOption(new SelectOption().setLabel("Bidirectional"));
      row(tasks, "Conflict Resolution").getByLabel("Use System").uncheck();
      tasks
          .getByLabel("Conflict Resolution")
          .selectOption(new SelectOption().setLabel("Most recent change wins"));

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Settings")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Settings saved.");

      page.reload();
      assertThat(section(page, "Synchronization Settings").getByLabel("Sync interval, in minutes"))
          .hasValue("30");
      calendar = section(page, "Calendar Synchronization");
      assertThat(calendar.getByLabel("Enabled", new Locator.GetByLabelOptions().setExact(true)))
          .not()
          .isChecked();
      assertThat(calendar.getByLabel("Sync Direction")).hasValue("MICROSOFT_TO_CRM");
      assertThat(calendar.getByLabel("Conflict Resolution")).isDisabled();
      tasks = section(page, "Tasks Synchronization");
      assertThat(tasks.getByLabel("Conflict Resolution")).hasValue("MOST_RECENT");
      assertThat(row(tasks, "Conflict Resolution").getByLabel("Use System")).not().isChecked();
      signOut(page);

      signIn(page, member);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My Configuration"))
          .first()
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("My Configuration")))
          .isVisible();
      Locator mine = section(page, "Synchronization Settings");
      assertThat(mine.getByLabel("Sync interval, in minutes")).hasValue("30");
      assertThat(row(mine, "Sync interval, in minutes")).containsText("from Organization");
      assertThat(row(mine, "Sync interval, in minutes").getByLabel("Use Organization")).isChecked();
      Locator myCalendar = section(page, "Calendar Synchronization");
      assertThat(row(myCalendar, "Sync Direction"))
          .containsText("Inherited from Organization: Microsoft to CRM");
      assertThat(row(myCalendar, "Enabled")).containsText("Inherited from Organization: Off");
      assertThat(row(section(page, "Tasks Synchronization"), "Conflict Resolution"))
          .containsText("Inherited from Organization: Most recent change wins");
    }
    ResolvedSettings forMember = settings.forUser(memberId);
    assertThat(forMember.get(SettingKeys.SYNC_INTERVAL_MINUTES))
        .isEqualTo(new Resolved<>(30, Source.ORGANIZATION));
    assertThat(forMember.get(SettingKeys.CALENDAR_CONFLICT_RESOLUTION).source())
        .isEqualTo(Source.DEFAULT);
  }

  @Test
  void aUserOverridesTheirOwnSettingsAndAnInvalidIntervalSavesNothing() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Fabrikam");
    long userId = directory.user("casey", PASSWORD, org, "USER");

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, directory.username(userId));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My Configuration"))
          .first()
          .click();

      Locator sync = section(page, "Synchronization Settings");
      Locator interval = sync.getByLabel("Sync interval, in minutes");
      assertThat(row(sync, "Sync interval, in minutes")).containsText("Default: 5");
      row(sync, "Sync interval, in minutes").getByLabel("Use Organization").uncheck();
      interval.fill("15");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Settings")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Settings saved.");

      page.reload();
      sync = section(page, "Synchronization Settings");
      assertThat(sync.getByLabel("Sync interval, in minutes")).hasValue("15");
      assertThat(sync.getByLabel("Sync interval, in minutes")).isEnabled();
      assertThat(row(sync, "Sync interval, in minutes").getByLabel("Use Organization"))
          .not()
          .isChecked();

      sync.getByLabel("Sync interval, in minutes").fill("0");
      Locator calendar = section(page, "Calendar Synchronization");
      row(calendar, "Enabled").getByLabel("Use Organization").uncheck();
      calendar.getByLabel("Enabled", new Locator.GetByLabelOptions().setExact(true)).uncheck();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Settings")).click();

      Locator refused = row(section(page, "Synchronization Settings"), "Sync interval, in minutes");
      assertThat(refused.locator(".field-error")).hasText("must be a whole number from 1 to 1440");
      assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Nothing was saved");
      assertThat(refused.getByLabel("Sync interval, in minutes")).hasValue("0");
    }
    ResolvedSettings saved = settings.forUser(userId);
    assertThat(saved.get(SettingKeys.SYNC_INTERVAL_MINUTES))
        .isEqualTo(new Resolved<>(15, Source.USER));
    assertThat(saved.get(SettingKeys.CALENDAR_ENABLED))
        .isEqualTo(new Resolved<>(true, Source.DEFAULT));
  }

  @Test
  void aUserChoosesTheirEmailFoldersAndAnUnknownFolderIsNamedByTheField() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Northwind");
    long userId = directory.user("noor", PASSWORD, org, "USER");
    String folders = "Folders (well-known names or folder ids, separated by commas)";

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, directory.username(userId));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My Configuration"))
          .first()
          .click();

      Locator email = section(page, "Email Synchronization");
      assertThat(email.getByLabel(folders)).hasValue("inbox, sentitems");
      assertThat(email.getByLabel(folders)).isDisabled();
      row(email, folders).getByLabel("Use Organization").uncheck();
      email.getByLabel(folders).fill("inbox, my old stuff");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Settings")).click();

      Locator refused = row(section(page, "Email Synchronization"), folders);
      assertThat(refused.locator(".field-error")).containsText("“my old stuff” is neither");
      assertThat(refused.getByLabel(folders)).hasValue("inbox, my old stuff");

      refused.getByLabel(folders).fill("Inbox, Archive");
      row(section(page, "Email Synchronization"), "Which emails")
          .getByLabel("Use Organization")
          .uncheck();
      section(page, "Email Synchronization")
          .getByLabel("Which emails")
          .selectOption(new SelectOption().setLabel("Only emails with a known contact"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Settings")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Settings saved.");
      page.reload();
      assertThat(section(page, "Email Synchronization").getByLabel(folders))
          .hasValue("inbox, archive");
    }
    ResolvedSettings saved = settings.forUser(userId);
    assertThat(saved.get(SettingKeys.EMAIL_FOLDERS))
        .isEqualTo(new Resolved<>(java.util.List.of("inbox", "archive"), Source.USER));
    assertThat(saved.get(SettingKeys.EMAIL_TRACK))
        .isEqualTo(new Resolved<>(EmailTrack.CONTACTS, Source.USER));
  }

  @Test
  void theSystemAdministratorRegistersTheApplicationAndTheSecretIsNeverShownAgain() {
    String secret = "Q~browser.Secret-42";
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate(url("/login"));
      page.getByLabel("Username").fill("admin");
      page.getByLabel("Password").fill("first-admin-secret");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      Locator mainMenu =
          page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"));
      mainMenu.getByText("System", new Locator.GetByTextOptions().setExact(true)).hover();
      mainMenu
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Microsoft Settings"))
          .click();

      Locator integrations = section(page, "Microsoft 365 Integrations");
      integrations.getByLabel("Enable Emails Sync").check();
      save(page);
      assertThat(row(integrations, "Enable Emails Sync").locator(".field-error"))
          .containsText("cannot be switched on until");
      assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Nothing was saved");

      Locator azure = section(page, "Azure Active Directory Application");
      assertThat(azure.getByLabel("Redirect URI"))
          .hasValue(
              java.util.regex.Pattern.compile(
                  "^http://localhost:\\d+/connect/microsoft/callback$"));
      azure.getByLabel("Application (client) ID").fill("11111111-2222-3333-4444-555555555555");
      azure.getByLabel("Client Secret").fill(secret);
      azure.getByLabel("Directory (tenant) ID").fill("organizations");
      integrations = section(page, "Microsoft 365 Integrations");
      integrations.getByLabel("Enable Emails Sync").uncheck();
      integrations.getByLabel("Enable Calendar Sync").check();
      save(page);
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Settings saved.");

      page.reload();
      azure = section(page, "Azure Active Directory Application");
      assertThat(azure.getByLabel("Client Secret")).hasValue("");
      assertThat(azure.getByLabel("Client Secret")).hasAttribute("placeholder", "********");
      assertThat(section(page, "Microsoft 365 Integrations").getByLabel("Enable Calendar Sync"))
          .isChecked();
      assertThat(section(page, "Microsoft 365 Integrations").getByLabel("Enable Emails Sync"))
          .not()
          .isChecked();
      assertThat(page.content()).doesNotContain(secret);

      azure.getByLabel("Directory (tenant) ID").fill("");
      save(page);
      assertThat(
              row(section(page, "Azure Active Directory Application"), "Directory (tenant) ID")
                  .locator(".field-error"))
          .containsText("cannot be cleared while");

      mainMenu =
          page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"));
      mainMenu.getByText("System", new Locator.GetByTextOptions().setExact(true)).hover();
      mainMenu
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Settings audit trail"))
          .click();
      Locator secretLine =
          page.getByRole(AriaRole.ROW)
              .filter(new Locator.FilterOptions().setHasText("azure.client_secret"));
      assertThat(secretLine).containsText("changed");
      assertThat(secretLine).containsText("admin");
      assertThat(
              page.getByRole(AriaRole.ROW)
                  .filter(new Locator.FilterOptions().setHasText("azure.tenant_id")))
          .containsText("(not set) -> organizations");
      assertThat(page.content()).doesNotContain(secret);
    }
    ResolvedSettings system = settings.forSystem();
    assertThat(system.value(SettingKeys.AZURE_CLIENT_SECRET)).isEqualTo(secret);
    assertThat(system.value(SettingKeys.AZURE_TENANT_ID)).isEqualTo("organizations");
    assertThat(system.value(SettingKeys.CALENDAR_SYNC_ENABLED)).isTrue();
    assertThat(system.value(SettingKeys.EMAIL_SYNC_ENABLED)).isFalse();
  }

  private static void save(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Settings")).click();
  }

  @Test
  void settingsPagesAnswerOthersWithNotFoundOrForbidden() {
    TestDirectory directory = new TestDirectory(jdbc);
    long own = directory.organization("Northwind");
    long other = directory.organization("Tailspin");
    String admin = directory.username(directory.user("nina", PASSWORD, own, "ORG_ADMIN"));
    long ownUser = directory.user("ned", PASSWORD, own, "USER");
    long otherUser = directory.user("tom", PASSWORD, other, "USER");

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, admin);
      assertThat(page.navigate(url(orgPage(other))).status()).isEqualTo(404);
      assertThat(
              page.navigate(
                      url("/system/users/" + otherUser + "/configuration/integrations/microsoft"))
                  .status())
          .isEqualTo(404);
      assertThat(page.navigate(url("/system/configuration/integrations/microsoft")).status())
          .isEqualTo(403);
      assertThat(page.navigate(url("/system/audit?scope=system")).status()).isEqualTo(403);
      assertThat(
              page.navigate(
                      url("/system/users/" + ownUser + "/configuration/integrations/microsoft"))
                  .status())
          .isEqualTo(200);
      assertThat(
              row(section(page, "Synchronization Settings"), "Sync interval, in minutes")
                  .getByLabel("Use Organization"))
          .isChecked();
    }
  }

  private static String orgPage(long id) {
    return "/system/organizations/" + id + "/configuration/integrations/microsoft";
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void signIn(Page page, String username) {
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page.getByRole(AriaRole.HEADING)).containsText("Welcome");
  }

  private static void signOut(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    assertThat(page.getByText("You have signed out.")).isVisible();
  }

  private static Locator section(Page page, String legend) {
    return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
  }

  private static Locator row(Locator section, String label) {
    return section
        .locator(".row")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    section.page().locator("label", new Page.LocatorOptions().setHasText(label))));
  }
}
