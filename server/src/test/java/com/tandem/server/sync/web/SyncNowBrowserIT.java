package com.tandem.server.sync.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.Settings;
import com.tandem.server.sync.Http;
import com.tandem.server.testing.Chromium;
import com.tandem.server.testing.TestDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole way in a browser, with the built-in sandbox tenant (the graph-emulator) as Microsoft: a
 * user connects, creates an event in Tandem, clicks Sync now and sees it created in Microsoft; the
 * event is edited in Outlook (Graph) and comes back to Tandem's calendar at the next Sync now.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:syncnowbrowser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.data-dir=target/it-data/sync-now-browser",
      "tandem.admin-password=first-admin-secret",
      "tandem.sandbox.enabled=true",
      // Runs start only when a test says so (Sync now), never from the schedule.
      "db-scheduler.enabled=false"
    })
class SyncNowBrowserIT {

  static final String PASSWORD = "casey-password";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Settings settings;
  @Autowired MicrosoftConnections connections;

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
  void anEventCreatedInTandemReachesOutlookAndAnEditThereComesBack() {
    assertThat(
            new Http(port)
                .call(
                    "PATCH",
                    "/api/v1/settings/system",
                    "{\"integrations.calendar_enabled\": true}",
                    "admin",
                    "first-admin-secret")
                .status())
        .isEqualTo(200);
    TestDirectory directory = new TestDirectory(jdbc);
    long casey = directory.user("casey", PASSWORD, directory.organization("Acme"), "USER");

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate(url("/login"));
      page.getByLabel("Username").fill(directory.username(casey));
      page.getByLabel("Password").fill(PASSWORD);
      button(page, "Sign in").click();
      openMyConfiguration(page);
      String login = page.locator("#sandbox-user").textContent().trim();
      String password = page.locator("#sandbox-password").textContent().trim();
      Page popup = page.waitForPopup(() -> button(page, "Connect").click());
      popup.locator("#login").fill(login);
      popup.locator("#passwd").fill(password);
      button(popup, "Sign in").click();
      button(popup, "Accept").click();
      assertThat(page.locator("fieldset.microsoft-account")).containsText("Connected as casey");

      // A new event in Tandem's calendar.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendar").setExact(true))
          .click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New event")).click();
      page.getByLabel("Title").fill("Demo with Contoso");
      String day = page.getByLabel("Start").inputValue().substring(0, 10);
      page.getByLabel("Start").fill(day + "T14:00");
      page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill(day + "T15:30");
      page.getByLabel("Time zone").fill("Europe/Berlin");
      button(page, "Save").click();
      assertThat(page.locator(".day[data-date=\"" + day + "\"]")).containsText("Demo with Contoso");

      // Preview (a dry run) plans the create and changes nothing.
      openMyConfiguration(page);
      button(page, "Preview").click();
      assertThat(page.locator(".sync-now-result")).containsText("nothing was changed");
      assertThat(page.locator(".sync-now-result .sync-preview"))
          .containsText("Calendar: create in Microsoft: Demo with Contoso");
      assertThat(outlookSubjects(casey)).doesNotContain("Demo with Contoso");

      // Sync now: counted, and the event is in the Outlook calendar.
      button(page, "Sync now").click();
      assertThat(page.locator(".sync-now-result")).containsText("1 created in Microsoft");
      JsonNode event = outlookEvent(casey, "Demo with Contoso");
      assertThat(event.get("start").get("dateTime").asString()).startsWith(day + "T");
      Locator calendar = page.locator("fieldset.sync-panel tr[data-resource=CALENDAR]");
      assertThat(calendar).containsText("1 created in Microsoft");

      // Edited in Outlook, it comes back at the next Sync now.
      HttpResponse<String> patched =
          graph(
              casey,
              "PATCH",
              "/v1.0/me/events/" + event.get("id").asString(),
              "{\"subject\": \"Demo with Contoso (moved to Friday)\"}");
      assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
      button(page, "Sync now").click();
      assertThat(page.locator(".sync-now-result")).containsText("1 updated in Tandem");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendar").setExact(true))
          .click();
      assertThat(page.locator(".day[data-date=\"" + day + "\"]"))
          .containsText("Demo with Contoso (moved to Friday)");

      // The run history shows both runs with their item log.
      page.navigate(url("/users/" + casey + "/sync/runs"));
      assertThat(page.locator("table.sync-runs tbody tr")).hasCount(2);
    }
  }

  private void openMyConfiguration(Page page) {
    page.getByLabel("Main menu")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My Configuration"))
        .click();
  }

  private java.util.List<String> outlookSubjects(long userId) {
    HttpResponse<String> found = graph(userId, "GET", "/v1.0/me/events", null);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    java.util.List<String> subjects = new java.util.ArrayList<>();
    Http.JSON
        .readTree(found.body())
        .get("value")
        .forEach(e -> subjects.add(e.get("subject").asString()));
    return subjects;
  }

  private JsonNode outlookEvent(long userId, String subject) {
    HttpResponse<String> found = graph(userId, "GET", "/v1.0/me/events", null);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    java.util.List<JsonNode> matching = new java.util.ArrayList<>();
    Http.JSON
        .readTree(found.body())
        .get("value")
        .forEach(
            e -> {
              if (subject.equals(e.get("subject").asString())) {
                matching.add(e);
              }
            });
    assertThat(matching).as(found.body()).hasSize(1);
    return matching.get(0);
  }

  private HttpResponse<String> graph(long userId, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(settings.forSystem().graphUrl() + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Authorization", "Bearer " + connections.accessTokenFor(userId));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
