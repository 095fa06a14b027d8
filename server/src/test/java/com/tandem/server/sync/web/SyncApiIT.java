package com.tandem.server.sync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.sync.Http;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.SyncRows;
import com.tandem.server.sync.SyncTestPorts;
import com.tandem.server.testing.TestDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The synchronization endpoints of API.md over HTTP: answers, access rules and bad input. */
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
class SyncApiIT {

  static final String PASSWORD = "sync-password";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired RecordingSyncNow syncNow;

  Http http;
  SyncRows rows;
  TestDirectory directory;
  long org;
  long casey;
  long dana;
  long boss;
  long otherAdmin;

  @BeforeEach
  void peopleInApplicationMode() {
    http = new Http(port);
    rows = new SyncRows(jdbc);
    syncNow.reset();
    // Application mode against an address that answers nothing: accounts are linked, not
    // connected, and no test reaches Microsoft.
    String settings =
        """
        {"azure.client_id": "client", "azure.client_secret": "secret", "azure.tenant_id": "t",
         "azure.cloud": "CUSTOM", "azure.authority_url": "http://127.0.0.1:9",
         "azure.graph_url": "http://127.0.0.1:9", "azure.auth_mode": "APPLICATION",
         "integrations.calendar_enabled": true, "integrations.tasks_enabled": false}
        """;
    assertThat(
            http.call("PATCH", "/api/v1/settings/system", settings, "admin", "first-admin-secret")
                .status())
        .isEqualTo(200);
    directory = new TestDirectory(jdbc);
    org = directory.organization("Acme");
    casey = directory.user("casey", PASSWORD, org, "USER");
    dana = directory.user("dana", PASSWORD, org, "USER");
    boss = directory.user("boss", PASSWORD, org, "ORG_ADMIN");
    otherAdmin = directory.user("olga", PASSWORD, directory.organization("Other"), "ORG_ADMIN");
  }

  @Test
  void eachResourceShowsWhetherItSyncsItsLastRunNextRunAndState() {
    link(casey);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    long calendarRun =
        rows.run(casey, "CALENDAR", now.minusSeconds(300), "SUCCEEDED", 1, 2, 1, null);
    rows.run(casey, "TASKS", now.minusSeconds(200), "FAILED", 0, 0, 0, "Graph answered 500");
    rows.connection(casey, now.plusSeconds(240), null, null);

    JsonNode status = get("/api/v1/users/" + casey + "/sync", casey).json();

    JsonNode calendar = status.get("CALENDAR");
    assertThat(calendar.get("enabled").asBoolean()).isTrue();
    assertThat(calendar.get("state").asString()).isEqualTo("IDLE");
    assertThat(calendar.get("lastRun").get("id").asLong()).isEqualTo(calendarRun);
    assertThat(calendar.get("lastRun").get("outcome").asString()).isEqualTo("SUCCEEDED");
    assertThat(calendar.get("lastRun").get("created").asInt()).isEqualTo(1);
    assertThat(calendar.get("lastRun").get("createdInMicrosoft").asInt()).isEqualTo(1);
    assertThat(calendar.get("lastRun").get("updated").asInt()).isEqualTo(2);
    assertThat(calendar.get("lastRun").get("updatedInCrm").asInt()).isEqualTo(2);
    assertThat(calendar.get("lastRun").get("conflicts").asInt()).isEqualTo(1);
    assertThat(Instant.parse(calendar.get("lastRun").get("startedAt").asString()))
        .isEqualTo(now.minusSeconds(300));
    assertThat(Instant.parse(calendar.get("nextRunAt").asString())).isEqualTo(now.plusSeconds(240));
    JsonNode tasks = status.get("TASKS");
    assertThat(tasks.get("enabled").asBoolean()).isFalse();
    assertThat(tasks.get("off").asString()).isEqualTo("SWITCHED_OFF_FOR_SYSTEM");
    assertThat(tasks.get("state").asString()).isEqualTo("FAILED");
    assertThat(tasks.get("problem").asString()).isEqualTo("Graph answered 500");
    assertThat(tasks.get("nextRunAt").isNull()).isTrue();
    JsonNode email = status.get("EMAIL");
    assertThat(email.get("enabled").asBoolean()).isFalse();
    assertThat(email.get("off").asString()).isEqualTo("NOT_AVAILABLE");
  }

  @Test
  void aUserWithoutAnAccountIsNotSyncedAndSaysWhy() {
    JsonNode calendar = get("/api/v1/users/" + dana + "/sync", dana).json().get("CALENDAR");

    assertThat(calendar.get("enabled").asBoolean()).isFalse();
    assertThat(calendar.get("off").asString()).isEqualTo("NOT_CONNECTED");
    assertThat(calendar.get("lastRun").isNull()).isTrue();
  }

  @Test
  void theStateShowsARunGoingOnThrottlingAndHeldDeletions() {
    link(dana);
    Instant now = clock.instant();
    rows.unfinishedRun(dana, "CALENDAR", now.minusSeconds(5));
    rows.connection(dana, now.plusSeconds(60), now.plusSeconds(600), now.plusSeconds(120));

    JsonNode status = get("/api/v1/users/" + dana + "/sync", dana).json();
    assertThat(status.get("CALENDAR").get("state").asString()).isEqualTo("RUNNING");
    assertThat(status.get("TASKS").get("state").asString()).isEqualTo("THROTTLED");
    assertThat(Instant.parse(status.get("TASKS").get("throttledUntil").asString()))
        .isAfter(now.plusSeconds(590));

    rows.hold(dana, "TASKS", "CRM", "[]", now);
    rows.connection(dana, now.plusSeconds(60), null, null);
    status = get("/api/v1/users/" + dana + "/sync", dana).json();
    assertThat(status.get("CALENDAR").get("state").asString()).isEqualTo("IDLE");
    assertThat(status.get("TASKS").get("state").asString()).isEqualTo("WAITING_FOR_APPROVAL");
    assertThat(status.get("TASKS").get("pendingDeletions").asInt()).isEqualTo(1);
  }

  @Test
  void syncNowRunsTheChosenResourceAndAnswersWithWhatItDid() {
    Http.Answer answer = post("/api/v1/users/" + casey + "/sync?resource=tasks", casey);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode run = answer.json().get("runs").get(0);
    assertThat(run.get("resource").asString()).isEqualTo("TASKS");
    assertThat(run.get("runId").asLong()).isEqualTo(900L);
    assertThat(run.get("createdInMicrosoft").asInt()).isEqualTo(1);
    assertThat(run.get("created").asInt()).isEqualTo(1);
    assertThat(syncNow.calls)
        .containsExactly(
            new RecordingSyncNow.Call(
                casey, java.util.Set.of(SyncResource.TASKS), RunTrigger.SYNC_NOW, false));
  }

  @Test
  void syncNowWithoutAResourceRunsEveryEnabledOne() {
    assertThat(post("/api/v1/users/" + casey + "/sync", casey).status()).isEqualTo(200);

    assertThat(syncNow.calls).hasSize(1);
    assertThat(syncNow.calls.get(0).resources()).isEmpty();
  }

  @Test
  void aDryRunReturnsThePlannedActions() {
    Http.Answer answer = post("/api/v1/users/" + casey + "/sync?dryRun=true", casey);

    JsonNode run = answer.json().get("runs").get(0);
    assertThat(run.get("dryRun").asBoolean()).isTrue();
    assertThat(run.get("runId").isNull()).isTrue();
    JsonNode action = run.get("actions").get(0);
    assertThat(action.get("action").asString()).isEqualTo("CREATE");
    assertThat(action.get("target").asString()).isEqualTo("MICROSOFT");
    assertThat(action.get("title").asString()).isEqualTo("Standup");
    assertThat(syncNow.calls.get(0).dryRun()).isTrue();
  }

  @Test
  void syncNowWhileARunGoesOnIsAConflict() {
    syncNow.busy = true;

    Http.Answer answer = post("/api/v1/users/" + casey + "/sync", casey);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asString()).contains("going on");
  }

  @Test
  void badParametersAreProblemDetailsNamingTheFieldAndRunNothing() {
    String base = "/api/v1/users/" + casey + "/sync";
    assertProblem(post(base + "?resource=CONTACTS", casey), 400, "resource");
    assertProblem(post(base + "?resource=EMAIL", casey), 400, "resource");
    assertProblem(post(base + "?dryRun=maybe", casey), 400, "dryRun");
    assertProblem(get(base + "/runs?limit=0", casey), 400, "limit");
    assertProblem(get(base + "/runs?offset=-1", casey), 400, "offset");
    assertProblem(get(base + "/runs?resource=FOO", casey), 400, "resource");
    assertProblem(get(base + "/runs/abc", casey), 400, "runId");
    assertProblem(get(base + "/conflicts?limit=1000", casey), 400, "limit");
    assertThat(syncNow.calls).isEmpty();
  }

  @Test
  void runsAreListedNewestFirstInPages() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    long first = rows.run(casey, "CALENDAR", t, "SUCCEEDED", 0, 0, 0, null);
    long second = rows.run(casey, "TASKS", t.plusSeconds(60), "SUCCEEDED", 0, 0, 0, null);
    long third = rows.run(casey, "CALENDAR", t.plusSeconds(120), "THROTTLED", 0, 0, 0, "429");
    String base = "/api/v1/users/" + casey + "/sync/runs";

    JsonNode page = get(base + "?limit=2", casey).json();
    assertThat(ids(page)).containsExactly(third, second);
    assertThat(page.get("hasMore").asBoolean()).isTrue();
    JsonNode rest = get(base + "?limit=2&offset=2", casey).json();
    assertThat(ids(rest)).containsExactly(first);
    assertThat(rest.get("hasMore").asBoolean()).isFalse();
    assertThat(ids(get(base + "?resource=CALENDAR", casey).json())).containsExactly(third, first);
    assertThat(page.get("items").get(0).has("items")).isFalse();
  }

  @Test
  void aRunComesWithItsItemLogAndAnotherUsersRunIsNotFound() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    long run = rows.run(casey, "CALENDAR", t, "SUCCEEDED", 1, 0, 0, null);
    rows.item(run, "CREATE", "MICROSOFT", "41", "Standup", t.plusSeconds(1));
    rows.item(run, "SKIP", null, "42", "Broken", t.plusSeconds(1));
    long danasRun = rows.run(dana, "CALENDAR", t, "SUCCEEDED", 0, 0, 0, null);

    JsonNode answer = get("/api/v1/users/" + casey + "/sync/runs/" + run, casey).json();

    assertThat(answer.get("id").asLong()).isEqualTo(run);
    assertThat(answer.get("items").size()).isEqualTo(2);
    assertThat(answer.get("items").get(0).get("action").asString()).isEqualTo("CREATE");
    assertThat(answer.get("items").get(0).get("title").asString()).isEqualTo("Standup");
    assertThat(answer.get("items").get(1).get("action").asString()).isEqualTo("SKIP");
    Http.Answer foreign = get("/api/v1/users/" + casey + "/sync/runs/" + danasRun, casey);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.contentType()).startsWith("application/problem+json");
  }

  @Test
  void conflictsShowBothVersionsAndTheDecision() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    long run = rows.run(casey, "CALENDAR", t, "SUCCEEDED", 0, 0, 1, null);
    rows.conflict(
        casey, run, "Standup", "{\"title\":\"Standup (CRM)\"}", "{\"title\":\"Standup (MS)\"}", t);

    JsonNode conflict =
        get("/api/v1/users/" + casey + "/sync/conflicts", casey).json().get("items").get(0);

    assertThat(conflict.get("title").asString()).isEqualTo("Standup");
    assertThat(conflict.get("rule").asString()).isEqualTo("CRM_WINS");
    assertThat(conflict.get("decision").asString()).isEqualTo("CRM");
    assertThat(conflict.get("crmVersion").get("title").asString()).isEqualTo("Standup (CRM)");
    assertThat(conflict.get("microsoftVersion").get("title").asString()).isEqualTo("Standup (MS)");
    assertThat(conflict.get("result").get("title").asString()).isEqualTo("Standup (CRM)");
    assertThat(conflict.get("runId").asLong()).isEqualTo(run);
  }

  @Test
  void anAdministratorApprovesOrDiscardsHeldDeletionsOnce() {
    Instant t = clock.instant();
    String items =
        "[{\"crmId\":\"7\",\"crmVersion\":\"3\",\"microsoftId\":\"ms-7\",\"microsoftVersion\":\"ck\",\"synced\":{\"title\":\"Standup\"}}]";
    long approveMe = rows.hold(casey, "CALENDAR", "MICROSOFT", items, t);
    long discardMe = rows.hold(casey, "TASKS", "CRM", items, t);
    String base = "/api/v1/users/" + casey + "/sync/pending-deletions/";

    JsonNode listed = get("/api/v1/users/" + casey + "/sync/pending-deletions", casey).json();
    assertThat(listed.size()).isEqualTo(2);
    JsonNode item = listed.get(1).get("items").get(0);
    assertThat(item.get("title").asString()).isEqualTo("Standup");
    assertThat(item.get("crmId").asString()).isEqualTo("7");
    assertThat(item.get("microsoftId").asString()).isEqualTo("ms-7");
    assertThat(item.has("crmVersion")).isFalse();
    assertThat(listed.get(1).get("itemCount").asInt()).isEqualTo(12);

    JsonNode approved = post(base + approveMe + "/approve", boss).json();
    assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.get("decidedBy").asLong()).isEqualTo(boss);
    assertThat(post(base + discardMe + "/discard", boss).json().get("status").asString())
        .isEqualTo("DISCARDED");
    Http.Answer again = post(base + approveMe + "/discard", boss);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(rows.holdStatus(approveMe)).isEqualTo("APPROVED");
    assertThat(post(base + "987654/approve", boss).status()).isEqualTo(404);
  }

  @Test
  void heldDeletionsWaitForAnAdministratorNotTheUser() {
    long hold = rows.hold(casey, "CALENDAR", "MICROSOFT", "[]", clock.instant());
    String path = "/api/v1/users/" + casey + "/sync/pending-deletions/" + hold + "/approve";

    Http.Answer answer = post(path, casey);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(rows.holdStatus(hold)).isEqualTo("WAITING");
    assertThat(post(path, otherAdmin).status()).isEqualTo(404);
    assertThat(rows.holdStatus(hold)).isEqualTo("WAITING");
  }

  @Test
  void usersSeeTheirOwnAdministratorsTheirOrganizationsAndNobodyAnotherOrganizations() {
    String caseys = "/api/v1/users/" + casey + "/sync";

    assertThat(get(caseys, casey).status()).isEqualTo(200);
    assertThat(get(caseys, boss).status()).isEqualTo(200);
    assertThat(http.call("GET", caseys, "admin", "first-admin-secret").status()).isEqualTo(200);
    assertThat(get(caseys, dana).status()).isEqualTo(404);
    assertThat(get(caseys, otherAdmin).status()).isEqualTo(404);
    assertThat(get(caseys + "/runs", otherAdmin).status()).isEqualTo(404);
    assertThat(get(caseys + "/conflicts", dana).status()).isEqualTo(404);
    assertThat(get(caseys + "/pending-deletions", dana).status()).isEqualTo(404);
    assertThat(post(caseys, dana).status()).isEqualTo(404);
    assertThat(post(caseys, boss).status()).isEqualTo(200);
    assertThat(get("/api/v1/users/987654/sync", boss).status()).isEqualTo(404);
    assertThat(syncNow.calls).extracting(RecordingSyncNow.Call::userId).containsExactly(casey);
    assertThat(http.call("GET", caseys, directory.username(casey), "wrong-password").status())
        .isEqualTo(401);
  }

  private void link(long userId) {
    jdbc.sql(
            "INSERT INTO microsoft_user_links (user_id, microsoft_user, microsoft_user_key,"
                + " account_name, linked_by, linked_at) VALUES (?, ?, ?, ?, 'ADMIN', ?)")
        .params(
            userId,
            "user" + userId + "@contoso.test",
            "user" + userId + "@contoso.test",
            "User " + userId,
            OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC))
        .update();
  }

  private static java.util.List<Long> ids(JsonNode page) {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
    return ids;
  }

  private static void assertProblem(Http.Answer answer, int status, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }

  private Http.Answer get(String path, long userId) {
    return http.call("GET", path, directory.username(userId), PASSWORD);
  }

  private Http.Answer post(String path, long userId) {
    return http.call("POST", path, directory.username(userId), PASSWORD);
  }
}
