package com.tandem.server.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.emulator.GraphEmulator;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.ScopeLevel;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import java.time.Duration;
import org.assertj.core.api.Assertions;
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
  void aUserConnectsChecksAndSeesReconnectRequiredOnceTheGrantIsRevoked() {
    TestDirectory directory = new TestDirectory(jdbc);
    long casey = directory.user("casey", "casey-password", directory.organization("Acme"), "USER");
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, directory.username(casey), "casey-password");

      Locator section = page.locator("fieldset.microsoft-account");
      assertThat(section).containsText("Sandbox");
      assertThat(section).containsText("Not connected");
      String login = connect(page);

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

  @Test
  void aUserRetrievesTheMailboxFoldersAndPicksASubFolderToImport() throws Exception {
    TestDirectory directory = new TestDirectory(jdbc);
    long dana = directory.user("dana", "dana-password", directory.organization("Fabrikam"), "USER");
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      signIn(page, directory.username(dana), "dana-password");
      String login = connect(page);
      String customers = createFolder(login, "inbox", "Customers");
      createFolder(login, customers, "Key accounts");

      Locator email =
          page.locator("fieldset")
              .filter(new Locator.FilterOptions().setHasText("Email Synchronization"));
      email
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Retrieve Folders"))
          .click();

      Locator picker = page.locator("fieldset.folder-picker");
      assertThat(picker.getByLabel("Inbox")).isChecked();
      assertThat(picker.getByLabel("Sent Items")).isChecked();
      assertThat(picker.getByLabel("Customers")).not().isChecked();
      assertThat(picker.getByLabel("Key accounts")).isVisible();
      // The user inherits the organization's folders until they clear "Use Organization".
      assertThat(picker.getByLabel("Customers")).isDisabled();
      page.locator("[data-key='email.folders']").getByLabel("Use Organization").uncheck();
      picker.getByLabel("Customers").check();
      picker.getByLabel("Sent Items").uncheck();
      button(page, "Save Settings").click();

      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Settings saved.");
      assertThat(page.locator("#email-folders")).hasValue("inbox, " + customers);
      Assertions.assertThat(
              settings.resolve(new Scope(ScopeLevel.USER, dana)).value(SettingKeys.EMAIL_FOLDERS))
          .containsExactly("inbox", customers);

      // Nothing ticked is refused by the field, and the choice stays as saved.
      email
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Retrieve Folders"))
          .click();
      picker.getByLabel("Inbox").uncheck();
      picker.getByLabel("Customers").uncheck();
      button(page, "Save Settings").click();
      assertThat(page.locator("[data-key='email.folders'] .field-error"))
          .containsText("must name between 1 and 50 folders");
      Assertions.assertThat(
              settings.resolve(new Scope(ScopeLevel.USER, dana)).value(SettingKeys.EMAIL_FOLDERS))
          .containsExactly("inbox", customers);
    }
  }

  private void signIn(Page page, String username, String password) {
    page.navigate("http://localhost:" + port + "/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    button(page, "Sign in").click();
    page.getByLabel("Main menu")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My Configuration"))
        .click();
    page.locator(".config-nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Microsoft Settings"))
        .click();
  }

  /** Connects the signed-in user's sandbox account from the page; returns its sign-in name. */
  private static String connect(Page page) {
    String login = page.locator("#sandbox-user").textContent().trim();
    String password = page.locator("#sandbox-password").textContent().trim();
    Page popup = page.waitForPopup(() -> button(page, "Connect").click());
    popup.locator("#login").fill(login);
    popup.locator("#passwd").fill(password);
    button(popup, "Sign in").click();
    button(popup, "Accept").click();
    assertThat(page.locator("fieldset.microsoft-account")).containsText("Connected as");
    return login;
  }

  /** A mail folder made in the sandbox mailbox as Outlook would; returns its id. */
  private String createFolder(String upn, String parent, String name) throws Exception {
    return SandboxFolders.create(sandbox.emulator().orElseThrow(), upn, parent, name);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
