package com.tandem.server.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.UpdateSettings;
import com.tandem.server.sync.Connected;
import com.tandem.server.sync.ConnectionBusyException;
import com.tandem.server.sync.Http;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.testing.TestClock;
import com.tandem.server.testing.TestDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduler end to end on one node, with time moved by hand (the application's and
 * db-scheduler's clock) and a recording stand-in for the run of a resource.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scheduling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "db-scheduler.polling-interval=100ms",
      "tandem.sync.node-id=node-a"
    })
class SchedulingIT {

  static final Duration WAIT = Duration.ofSeconds(20);

  @TestConfiguration
  static class Config {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    }

    @Bean
    @Primary
    RecordingResourceRun recordingResourceRun(TestClock clock) {
      return new RecordingResourceRun(clock);
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UpdateSettings updateSettings;
  @Autowired TestClock clock;
  @Autowired RecordingResourceRun runs;
  @Autowired SyncNow syncNow;

  @Autowired MicrosoftConnections microsoft;

  static GraphEmulator emulator;
  Connected connected;
  long org;

  @BeforeAll
  static void startEmulator() {
    emulator = GraphEmulator.start(Seed.demo());
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void applicationModeAndAnOrganization() {
    connected = new Connected(jdbc, updateSettings);
    connected.applicationMode(emulator.baseUrl(), Seed.DEMO_CLIENT_ID, Seed.DEMO_CLIENT_SECRET);
    org = connected.organization("Scheduling");
  }

  @Test
  void graphAnswersAreCountedByStatusOnPrometheus() throws Exception {
    long user = connected.user(org, "graph", "adele@contoso.test");
    microsoft.graph().users().get(microsoft.mailboxFor(user));
    assertThat(prometheus()).contains("tandem_graph_requests_total{status=\"200\"}");
  }

  @Test
  void aNewConnectionRunsAtItsIntervalAndStopsWhenSwitchedOff() {
    long user = connected.user(org, "interval", "interval@contoso.test");
    clock.advance(Duration.ofSeconds(61)); // the periodic pass finds the new connection
    await().atMost(WAIT).until(() -> runs.calls(user).size() == 2);
    assertThat(runs.calls(user))
        .extracting(RecordingResourceRun.Call::resource, RecordingResourceRun.Call::trigger)
        .containsExactly(
            tuple(SyncResource.CALENDAR, RunTrigger.SCHEDULE),
            tuple(SyncResource.TASKS, RunTrigger.SCHEDULE));
    await().atMost(WAIT).until(() -> wakeUp(user).isPresent() && !picked(user));
    Instant firstRun = row(user).lastRunAt();
    assertThat(row(user).nextRunAt()).isEqualTo(firstRun.plus(Duration.ofMinutes(5)));
    assertThat(wakeUp(user)).contains(firstRun.plus(Duration.ofMinutes(5)));

    clock.advance(Duration.ofMinutes(5));
    await().atMost(WAIT).until(() -> runs.calls(user).size() == 4);

    // Both off in one change: switching one resource off alone runs the other soon, and such a run
    // between two changes would be a fifth call this test does not ask about.
    connected.set(
        Scope.user(user),
        java.util.Map.<SettingKey<?>, Object>of(
            SettingKeys.CALENDAR_ENABLED, false, SettingKeys.TASKS_ENABLED, false));
    await().atMost(WAIT).until(() -> wakeUp(user).isEmpty() && row(user).nextRunAt() == null);
    clock.advance(Duration.ofMinutes(30));
    await().atMost(WAIT).until(() -> lastPass().isAfter(clock.instant().minusSeconds(1)));
    assertThat(runs.calls(user)).hasSize(4);
  }

  @Test
  void linkingAnAccountSchedulesItAtOnceAndDisconnectingEndsTheSchedule() {
    TestDirectory directory = new TestDirectory(jdbc);
    long admin = directory.user("boss", "boss-password", org, "ORG_ADMIN");
    long user = directory.user("linked", "linked-password", org, "USER");
    // An organization administrator links a user to the Microsoft user of their own address.
    jdbc.sql("UPDATE users SET email = 'alex@contoso.test' WHERE id = ?").param(user).update();
    Http http = new Http(port);
    Http.Answer linked =
        http.call(
            "PUT",
            "/api/v1/users/" + user + "/microsoft-account/link",
            "{}",
            directory.username(admin),
            "boss-password");
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);

    // The clock stands still, so no periodic pass finds the connection: the link itself does.
    await().atMost(WAIT).until(() -> runs.calls(user).size() == 2);
    await().atMost(WAIT).until(() -> wakeUp(user).isPresent() && !picked(user));

    Http.Answer gone =
        http.call(
            "DELETE",
            "/api/v1/users/" + user + "/microsoft-account",
            directory.username(admin),
            "boss-password");
    assertThat(gone.status()).as(gone.body()).isIn(200, 204);
    await().atMost(WAIT).until(() -> wakeUp(user).isEmpty());
  }

  @Test
  void anOrganizationIntervalAndThenAUserIntervalMoveTheNextRun() {
    long user = connected.user(org, "moves", "moves@contoso.test");
    syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);
    Instant ran = row(user).lastRunAt();
    assertThat(row(user).nextRunAt()).isEqualTo(ran.plus(Duration.ofMinutes(5)));

    connected.set(Scope.organization(org), SettingKeys.SYNC_INTERVAL_MINUTES, 30);
    await()
        .atMost(WAIT)
        .until(() -> ran.plus(Duration.ofMinutes(30)).equals(row(user).nextRunAt()));
    await().atMost(WAIT).until(() -> wakeUp(user).equals(Optional.of(ran.plusSeconds(1800))));

    connected.set(Scope.user(user), SettingKeys.SYNC_INTERVAL_MINUTES, 2);
    await().atMost(WAIT).until(() -> ran.plus(Duration.ofMinutes(2)).equals(row(user).nextRunAt()));
    clock.advance(Duration.ofMinutes(2));
    await().atMost(WAIT).until(() -> runs.calls(user).size() == 4);
    assertThat(runs.calls(user).get(2).trigger()).isEqualTo(RunTrigger.SCHEDULE);
  }

  @Test
  void aResourceSwitchedOnAtUserScopeRunsSoonAndAloneItRuns() {
    long user = connected.user(org, "switch", "switch@contoso.test");
    connected.set(Scope.user(user), SettingKeys.CALENDAR_ENABLED, false);
    connected.set(Scope.user(user), SettingKeys.TASKS_ENABLED, false);
    // A pass may have scheduled (and run) the new connection before the switches went off; what
    // counts is that nothing runs once they are off.
    await().atMost(WAIT).until(() -> wakeUp(user).isEmpty());
    int before = runs.calls(user).size();
    clock.advance(Duration.ofSeconds(61));
    await().atMost(WAIT).until(() -> lastPass().isAfter(clock.instant().minusSeconds(1)));
    assertThat(runs.calls(user)).hasSize(before);
    assertThat(wakeUp(user)).isEmpty();

    connected.set(Scope.user(user), SettingKeys.TASKS_ENABLED, true);
    await().atMost(WAIT).until(() -> runs.calls(user).size() == before + 1);
    assertThat(runs.calls(user).get(before).resource()).isEqualTo(SyncResource.TASKS);
  }

  @Test
  void theSystemSwitchesOffEndEveryScheduleAndOnAgainRunSoon() {
    long user = connected.user(org, "system", "system@contoso.test");
    syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);
    await().atMost(WAIT).until(() -> wakeUp(user).isPresent());

    connected.set(Scope.system(), SettingKeys.CALENDAR_SYNC_ENABLED, false);
    connected.set(Scope.system(), SettingKeys.TASKS_SYNC_ENABLED, false);
    await().atMost(WAIT).until(() -> wakeUp(user).isEmpty() && row(user).nextRunAt() == null);

    connected.set(Scope.system(), SettingKeys.CALENDAR_SYNC_ENABLED, true);
    await().atMost(WAIT).until(() -> runs.calls(user).size() == 3);
    assertThat(runs.calls(user).get(2))
        .extracting(RecordingResourceRun.Call::resource, RecordingResourceRun.Call::trigger)
        .containsExactly(SyncResource.CALENDAR, RunTrigger.SCHEDULE);
  }

  @Test
  void syncNowWhileARunHoldsTheLeaseIsRefusedAsBusy() throws Exception {
    long user = connected.user(org, "busy", "busy@contoso.test");
    CountDownLatch inside = new CountDownLatch(1);
    runs.hold(user, inside);
    CompletableFuture<List<RunReport>> first =
        CompletableFuture.supplyAsync(
            () -> syncNow.run(user, Set.of(SyncResource.CALENDAR), RunTrigger.SYNC_NOW, false));
    assertThat(inside.await(20, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false))
        .isInstanceOf(ConnectionBusyException.class);
    assertThatThrownBy(() -> syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, true))
        .isInstanceOf(ConnectionBusyException.class);

    runs.release(user);
    assertThat(first.get(20, TimeUnit.SECONDS))
        .singleElement()
        .extracting(RunReport::outcome)
        .isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(row(user).leaseOwner()).isNull();
    assertThat(row(user).nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    assertThat(syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, true))
        .extracting(RunReport::resource)
        .containsExactly(SyncResource.CALENDAR, SyncResource.TASKS);
  }

  @Test
  void aThrottledRunWakesAtRetryAfterWithoutHoldingAWorker() throws Exception {
    long user = connected.user(org, "throttled", "throttled@contoso.test");
    runs.answer(user, RunOutcome.THROTTLED, Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(61));
    await().atMost(WAIT).until(() -> runs.calls(user).size() == 1 && !picked(user));
    // Throttled on the calendar: the task list waits too, and no worker waits for the 30 s.
    Instant ran = row(user).lastRunAt();
    assertThat(row(user).nextRunAt()).isEqualTo(ran.plusSeconds(30));
    assertThat(row(user).throttledUntil()).isEqualTo(ran.plusSeconds(30));
    assertThat(row(user).failures()).isEqualTo(1);
    assertThat(wakeUp(user)).contains(ran.plusSeconds(30));

    runs.answer(user, RunOutcome.SUCCEEDED, null);
    clock.advance(Duration.ofSeconds(30));
    await().atMost(WAIT).until(() -> runs.calls(user).size() == 3 && !picked(user));
    assertThat(row(user).failures()).isZero();
    assertThat(row(user).throttledUntil()).isNull();
    assertThat(prometheus())
        .contains("tandem_sync_throttled_total{resource=\"CALENDAR\"")
        .contains(
            "tandem_sync_runs_total{dry_run=\"false\",outcome=\"THROTTLED\",resource=\"CALENDAR\"")
        .contains("tandem_sync_run_duration_seconds_count{resource=\"TASKS\"")
        .contains("tandem_sync_throttle_wait_seconds_count{reason=\"throttled\"");
  }

  private ConnectionRow row(long user) {
    return new JdbcSyncConnections(jdbc).find(user).orElseThrow();
  }

  private Optional<Instant> wakeUp(long user) {
    return jdbc.sql(
            "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'sync-connection'"
                + " AND task_instance = ?")
        .param(Long.toString(user))
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant);
  }

  private boolean picked(long user) {
    return jdbc.sql(
            "SELECT picked FROM scheduled_tasks WHERE task_name = 'sync-connection'"
                + " AND task_instance = ?")
        .param(Long.toString(user))
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private Instant lastPass() {
    return jdbc.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = 'sync-schedules'")
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant)
        .orElse(Instant.EPOCH);
  }

  private String prometheus() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
