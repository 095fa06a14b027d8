package com.tandem.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.sync.run.ResourceRun;
import com.tandem.server.testing.TestDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tandem with its real sides against the Graph emulator over HTTP, for the sides' end-to-end tests
 * (one application context for all of them). Each test gets a CRM user linked (application mode) to
 * a Microsoft user of its own, with calendar and task sync switched on.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:sidessync;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=sides-sync-admin",
      "db-scheduler.enabled=false"
    })
public abstract class EmulatorSyncTest {

  private static final String ADMIN_PASSWORD = "sides-sync-admin";
  private static final AtomicInteger USERS = new AtomicInteger();
  protected static GraphEmulator emulator;

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected ResourceRun runs;
  @Autowired protected MicrosoftConnections connections;

  protected long user;
  protected long organization;
  protected String upn;
  protected Mailbox mailbox;
  protected GraphClient graph;

  @BeforeAll
  static void startEmulator() {
    emulator = GraphEmulator.start(Seed.demo());
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void aUserLinkedToAMicrosoftUserOfItsOwn() {
    String settings =
        """
        {"azure.client_id": "%s", "azure.client_secret": "%s", "azure.tenant_id": "contoso",
         "azure.cloud": "CUSTOM", "azure.authority_url": "%s", "azure.graph_url": "%s",
         "azure.auth_mode": "APPLICATION", "integrations.tasks_enabled": true,
         "integrations.calendar_enabled": true}
        """
            .formatted(
                Seed.DEMO_CLIENT_ID,
                Seed.DEMO_CLIENT_SECRET,
                emulator.baseUrl(),
                emulator.baseUrl());
    assertThat(call("PATCH", "/api/v1/settings/system", settings).statusCode()).isEqualTo(200);
    int n = USERS.incrementAndGet();
    upn = "sides" + n + "@contoso.test";
    emulator.control().addUser("contoso", new Seed.User(upn, "Sides User " + n, "Passw0rd!"));
    TestDirectory directory = new TestDirectory(jdbc);
    organization = directory.organization("Sides");
    user = directory.user("sides" + n, "sides-password", organization, "USER");
    HttpResponse<String> linked =
        call(
            "PUT",
            "/api/v1/users/" + user + "/microsoft-account/link",
            "{\"microsoftUser\": \"" + upn + "\"}");
    assertThat(linked.statusCode()).isEqualTo(200);
    mailbox = connections.mailboxFor(user);
    graph = connections.graph();
  }

  /** The reasons the run's item log gives for the items it skipped. */
  protected java.util.List<String> skipReasons(RunReport report) {
    return jdbc.sql("SELECT detail FROM sync_run_items WHERE run_id = ? AND action = 'SKIP'")
        .param(report.runId())
        .query(String.class)
        .list();
  }

  /** The tasks of one of the test user's To Do lists, as Graph's delta reports them. */
  protected java.util.List<com.tandem.graph.model.TodoTask> toDoTasks(String listId) {
    java.util.List<com.tandem.graph.model.TodoTask> found = new java.util.ArrayList<>();
    graph
        .todoTasks()
        .delta(
            mailbox,
            listId,
            page ->
                page.items().stream()
                    .filter(item -> !item.wasRemoved())
                    .forEach(item -> found.add(item.value())));
    return found;
  }

  /** Sets the test user's own settings through the API. */
  protected void userSettings(String json) {
    assertThat(call("PATCH", "/api/v1/settings/users/" + user, json).statusCode()).isEqualTo(200);
  }

  /** Calls the API as the administrator. */
  protected HttpResponse<String> call(String method, String path, String body) {
    try {
      String basic =
          Base64.getEncoder()
              .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Authorization", "Basic " + basic)
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(body))
              .build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
