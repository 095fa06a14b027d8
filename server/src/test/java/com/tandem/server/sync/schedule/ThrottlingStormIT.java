package com.tandem.server.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.model.Event;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.UpdateSettings;
import com.tandem.server.sync.Connected;
import com.tandem.server.sync.EmulatorGraph;
import com.tandem.server.testing.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A throttling storm with the real sync run against the emulator: two mailboxes allowed only four
 * Graph requests per ten minutes each. Runs end THROTTLED, each connection sleeps in the database
 * (not in a thread) until Microsoft's Retry-After, and the calendars converge with every CRM event
 * in Outlook exactly once. The application, db-scheduler and the emulator share one hand-moved
 * clock, so that ten-minute windows pass at once.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:throttlingstorm;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "db-scheduler.polling-interval=100ms"
    })
class ThrottlingStormIT {

  static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
  static final int EVENTS = 6;
  static final Duration WAIT = Duration.ofSeconds(30);
  static GraphEmulator emulator;

  @TestConfiguration
  static class Config {
    @Bean
    @Primary
    TestClock sharedClock() {
      return CLOCK;
    }
  }

  @Autowired JdbcClient jdbc;
  @Autowired UpdateSettings settings;
  @Autowired CalendarEvents calendar;
  @Autowired MeterRegistry meters;

  @BeforeAll
  static void startEmulator() {
    emulator = GraphEmulator.start(0, Seed.demo(), CLOCK);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @Test
  void throttledRunsWaitForRetryAfterAndConvergeWithoutDuplicates() {
    Connected connected = new Connected(jdbc, settings);
    long org = connected.organization("Storm");
    Map<Long, String> mailboxes =
        Map.of(
            connected.user(org, "adele", "adele@contoso.test"), "adele",
            connected.user(org, "alex", "alex@contoso.test"), "alex");
    for (long user : mailboxes.keySet()) {
      connected.set(Scope.user(user), SettingKeys.TASKS_ENABLED, false);
      for (int i = 1; i <= EVENTS; i++) {
        LocalDateTime start = LocalDateTime.parse("2026-03-0%dT09:00".formatted(2 + i));
        calendar.create(
            user,
            CalendarEventFields.of(
                "Storm " + i, start, start.plusHours(1), ZoneId.of("Europe/Berlin")),
            Origin.CRM);
      }
    }
    emulator.control().limits(4, 4);

    // Switching sync on runs both connections at once; then each wakes when Microsoft allows.
    connected.applicationMode(emulator.baseUrl(), Seed.DEMO_CLIENT_ID, Seed.DEMO_CLIENT_SECRET);
    int wakeUps = 0;
    while (!converged(mailboxes.keySet()) && wakeUps < 40) {
      await().atMost(WAIT).until(this::resting);
      Instant next =
          jdbc.sql("SELECT MIN(next_run_at) FROM sync_connections WHERE next_run_at IS NOT NULL")
              .query(OffsetDateTime.class)
              .single()
              .toInstant();
      CLOCK.advance(Duration.between(CLOCK.instant(), next));
      wakeUps++;
    }
    assertThat(converged(mailboxes.keySet())).as("converged after %d wake-ups", wakeUps).isTrue();

    List<Map<String, Object>> runs =
        jdbc.sql(
                "SELECT user_id, outcome, started_at, finished_at, retry_after_seconds FROM"
                    + " sync_runs WHERE resource = 'CALENDAR' ORDER BY user_id, id")
            .query()
            .listOfRows();
    assertThat(runs).extracting(row -> row.get("outcome")).contains("THROTTLED", "SUCCEEDED");
    for (int i = 1; i < runs.size(); i++) {
      Map<String, Object> before = runs.get(i - 1);
      Map<String, Object> after = runs.get(i);
      if (before.get("user_id").equals(after.get("user_id"))
          && "THROTTLED".equals(before.get("outcome"))) {
        Instant allowed =
            instant(before.get("finished_at"))
                .plusSeconds(((Number) before.get("retry_after_seconds")).longValue());
        assertThat(instant(after.get("started_at")))
            .as("a throttled connection waits for Retry-After")
            .isAfterOrEqualTo(allowed);
      }
    }
    assertThat(meters.find("tandem.graph.requests").tag("status", "429").counter().count())
        .isPositive();
    assertThat(meters.find("tandem.sync.throttled").counters()).isNotEmpty();

    emulator.control().limits(4, 10_000);
    for (Map.Entry<Long, String> user : mailboxes.entrySet()) {
      List<String> subjects = outlookSubjects(user.getValue());
      assertThat(subjects.stream().filter(s -> s.startsWith("Storm ")))
          .as("each CRM event in %s's Outlook once", user.getValue())
          .containsExactlyInAnyOrder(
              "Storm 1", "Storm 2", "Storm 3", "Storm 4", "Storm 5", "Storm 6");
      assertThat(calendar.list(user.getKey(), null, null, 0, 100))
          .filteredOn(event -> event.fields().title().startsWith("Storm "))
          .hasSize(EVENTS);
    }
  }

  /** No connection is running or due: every one waits for a time still to come. */
  private boolean resting() {
    Instant now = CLOCK.instant();
    boolean running =
        jdbc.sql(
                    "SELECT COUNT(*) FROM scheduled_tasks WHERE picked OR task_name ="
                        + " 'sync-settings-changed'")
                .query(Long.class)
                .single()
            > 0;
    boolean due =
        jdbc.sql("SELECT COUNT(*) FROM sync_connections WHERE next_run_at <= ?")
                .param(now.atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single()
            > 0;
    return !running && !due;
  }

  private boolean converged(Iterable<Long> users) {
    for (long user : users) {
      String last =
          jdbc.sql(
                  "SELECT outcome FROM sync_runs WHERE user_id = ? AND resource = 'CALENDAR'"
                      + " ORDER BY id DESC LIMIT 1")
              .param(user)
              .query(String.class)
              .optional()
              .orElse(null);
      if (!"SUCCEEDED".equals(last)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> outlookSubjects(String name) {
    GraphClient graph = EmulatorGraph.client(emulator, 100);
    List<String> subjects = new ArrayList<>();
    graph
        .events()
        .delta(
            Mailbox.me(name),
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2027-01-01T00:00:00Z"),
            page ->
                page.items()
                    .forEach(item -> item.item().map(Event::subject).ifPresent(subjects::add)));
    return subjects;
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime t
        ? t.toInstant()
        : ((java.sql.Timestamp) value).toInstant();
  }
}
