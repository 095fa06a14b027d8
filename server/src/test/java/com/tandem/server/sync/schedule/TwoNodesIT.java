package com.tandem.server.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.model.Event;
import com.tandem.server.TandemApplication;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.UpdateSettings;
import com.tandem.server.sync.Connected;
import com.tandem.server.sync.ConnectionBusyException;
import com.tandem.server.sync.EmulatorGraph;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.run.ReadAhead;
import com.tandem.server.sync.run.ResourceRun;
import com.tandem.server.sync.run.SyncOneResource;
import com.tandem.server.testing.EmbeddedPostgresServer;
import com.tandem.server.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two server instances on one PostgreSQL share 200 connections, each run the real sync against the
 * emulator: every connection runs in every round, the work is shared, and no connection ever runs
 * twice at once, also while both nodes press Sync now on a few connections. Each resource run is
 * wrapped to record its start and end (one JVM, so {@code System.nanoTime()} is one timeline) in a
 * table both nodes write to. Both nodes and the emulator read one hand-moved clock, so that rounds
 * of a 1-minute interval take seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  static final int CONNECTIONS = 200;
  static final int WITH_EVENT = 20;
  static final Duration WAIT = Duration.ofSeconds(90);
  static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));

  static EmbeddedPostgresServer postgres;
  static GraphEmulator emulator;
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;
  static JdbcClient jdbc;
  static List<Long> users = new ArrayList<>();
  static Connected connected;

  /** What each node adds: the shared clock and a run that records when it ran. */
  @TestConfiguration(proxyBeanMethods = false)
  static class NodeConfig {
    @Bean
    @Primary
    TestClock sharedClock() {
      return CLOCK;
    }

    @Bean
    @Primary
    ResourceRun recordingRun(
        SyncOneResource real, JdbcClient jdbc, @Value("${tandem.sync.node-id}") String node) {
      return new ResourceRun() {
        @Override
        public ReadAhead readAhead(
            long userId, List<SyncResource> resources, RunTrigger trigger, boolean dryRun) {
          return real.readAhead(userId, resources, trigger, dryRun);
        }

        @Override
        public RunReport run(RunRequest request, ReadAhead ahead) {
          long start = System.nanoTime();
          RunReport report = real.run(request, ahead);
          long end = System.nanoTime();
          jdbc.sql(
                  "INSERT INTO test_runs (user_id, resource, run_trigger, node, started_ns,"
                      + " ended_ns, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)")
              .params(
                  request.userId(),
                  request.resource().name(),
                  request.trigger().name(),
                  node,
                  start,
                  end,
                  report.outcome().name())
              .update();
          return report;
        }
      };
    }
  }

  /** Keeps other tests' configurations out of the nodes' component scan. */
  static final class NoTestConfigurations extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
      return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
    }
  }

  @BeforeAll
  static void twoNodesAnd200Connections() {
    postgres = EmbeddedPostgresServer.start();
    emulator = GraphEmulator.start(0, Seed.demo(), CLOCK);
    for (int i = 0; i < CONNECTIONS; i++) {
      emulator
          .control()
          .addUser("contoso", new Seed.User("u" + i + "@contoso.test", "U" + i, "pw"));
    }
    nodeA = node("node-a");
    nodeB = node("node-b");
    jdbc = nodeA.getBean(JdbcClient.class);
    jdbc.sql(
            "CREATE TABLE test_runs (id BIGSERIAL PRIMARY KEY, user_id BIGINT, resource"
                + " VARCHAR(20), run_trigger VARCHAR(20), node VARCHAR(40), started_ns BIGINT,"
                + " ended_ns BIGINT, outcome VARCHAR(30))")
        .update();
    connected = new Connected(jdbc, nodeA.getBean(UpdateSettings.class));
    connected.set(Scope.system(), SettingKeys.SYNC_INTERVAL_MINUTES, 1);
    long org = connected.organization("Cluster");
    users.addAll(connected.users(org, "u", CONNECTIONS));
    CalendarEvents calendar = nodeA.getBean(CalendarEvents.class);
    for (long user : users.subList(0, WITH_EVENT)) {
      LocalDateTime start = LocalDateTime.parse("2026-03-04T09:00");
      calendar.create(
          user,
          CalendarEventFields.of("Cluster review", start, start.plusHours(1), ZoneId.of("UTC")),
          Origin.CRM);
    }
  }

  @AfterAll
  static void stop() {
    if (nodeA != null) {
      nodeA.close();
    }
    if (nodeB != null) {
      nodeB.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  @Order(1)
  void everyConnectionRunsOncePerIntervalSharedByBothNodesNeverTwiceAtOnce() {
    // Switching sync on (one settings change) starts round 1 at once; then one a minute.
    connected.applicationMode(emulator.baseUrl(), Seed.DEMO_CLIENT_ID, Seed.DEMO_CLIENT_SECRET);
    for (int round = 1; round <= 3; round++) {
      if (round > 1) {
        CLOCK.advance(Duration.ofSeconds(61));
      }
      int expected = round * CONNECTIONS * 2;
      long started = System.nanoTime();
      await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> scheduledRuns() >= expected);
      System.out.printf(
          "Two nodes, round %d: %d connections ran in %d ms%n",
          round, CONNECTIONS, (System.nanoTime() - started) / 1_000_000);
      await().atMost(WAIT).until(TwoNodesIT::noExecutionRunning);
      assertThat(scheduledRuns()).as("round %d", round).isEqualTo(expected);
    }
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM (SELECT user_id FROM test_runs GROUP BY user_id"
                        + " HAVING COUNT(*) = 6) AS each_three_times")
                .query(Long.class)
                .single())
        .isEqualTo(CONNECTIONS);
    assertThat(jdbc.sql("SELECT DISTINCT outcome FROM test_runs").query(String.class).list())
        .containsExactly("SUCCEEDED");
    assertThat(runsBy("node-a")).isPositive();
    assertThat(runsBy("node-b")).isPositive();
    assertThat(overlaps()).isZero();
  }

  @Test
  @Order(2)
  void syncNowOnBothNodesDuringARoundNeverOverlapsAScheduledRun() throws Exception {
    long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM test_runs").query(Long.class).single();
    AtomicBoolean pressing = new AtomicBoolean(true);
    AtomicInteger ran = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    List<Thread> pressers = new ArrayList<>();
    for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA, nodeB)) {
      SyncNow syncNow = node.getBean(SyncNow.class);
      Thread presser =
          new Thread(
              () -> {
                while (pressing.get()) {
                  // A few connections, so that Sync now often meets a run going on.
                  long user = users.get(ThreadLocalRandom.current().nextInt(20));
                  try {
                    syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);
                    ran.incrementAndGet();
                  } catch (ConnectionBusyException e) {
                    busy.incrementAndGet();
                  }
                }
              });
      presser.start();
      pressers.add(presser);
    }
    CLOCK.advance(Duration.ofSeconds(61));
    // Every connection runs in this round, by its schedule or by Sync now.
    await()
        .atMost(WAIT)
        .until(
            () ->
                jdbc.sql("SELECT COUNT(DISTINCT user_id) FROM test_runs WHERE id > ?")
                        .param(before)
                        .query(Long.class)
                        .single()
                    == CONNECTIONS);
    await().atMost(WAIT).until(() -> ran.get() >= 100);
    pressing.set(false);
    for (Thread presser : pressers) {
      presser.join(30_000);
    }
    await().atMost(WAIT).until(TwoNodesIT::noExecutionRunning);
    assertThat(overlaps()).isZero();
    assertThat(jdbc.sql("SELECT DISTINCT outcome FROM test_runs").query(String.class).list())
        .containsExactly("SUCCEEDED");
    GraphClient graph = EmulatorGraph.client(emulator, 100);
    for (int i = 0; i < WITH_EVENT; i++) {
      List<String> subjects = new ArrayList<>();
      graph
          .events()
          .delta(
              Mailbox.me("u" + i),
              Instant.parse("2026-01-01T00:00:00Z"),
              Instant.parse("2027-01-01T00:00:00Z"),
              page ->
                  page.items()
                      .forEach(item -> item.item().map(Event::subject).ifPresent(subjects::add)));
      assertThat(subjects).as("u%d's Outlook", i).containsExactly("Cluster review");
    }
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM sync_connections WHERE lease_owner IS NOT NULL")
                .query(Long.class)
                .single())
        .isZero();
    System.out.printf(
        "Two nodes: %d Sync now runs, %d refused as busy, %d resource runs in all%n",
        ran.get(),
        busy.get(),
        jdbc.sql("SELECT COUNT(*) FROM test_runs").query(Long.class).single());
  }

  @Test
  @Order(3)
  void theConnectionOfANodeThatDiedMidRunRunsElsewhereOnceItsLeaseAndHeartbeatRunOut() {
    long user = users.get(CONNECTIONS - 1);
    Instant now = CLOCK.instant();
    // A third node took the connection's execution and lease, then died without a word.
    jdbc.sql(
            "UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'node-c', last_heartbeat = ?,"
                + " execution_time = ? WHERE task_name = 'sync-connection' AND task_instance = ?")
        .params(utc(now), utc(now), Long.toString(user))
        .update();
    jdbc.sql(
            "UPDATE sync_connections SET lease_owner = 'node-c/dead', lease_until = ? WHERE"
                + " user_id = ?")
        .params(utc(now.plusSeconds(90)), user)
        .update();
    long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM test_runs").query(Long.class).single();

    // db-scheduler finds the dead execution and revives it (at its wall-clock time, which the
    // hand-moved clock has not reached; the periodic pass then wakes it at its due time), and a
    // live node takes the run-out lease.
    CLOCK.advance(Duration.ofMinutes(40));
    // Revival happens on a real-time timer; once it has, a later pass brings the revived
    // execution (set to the wall-clock now, far from the test clock) back to its due time.
    await()
        .atMost(WAIT)
        .until(
            () ->
                !jdbc.sql(
                        "SELECT picked FROM scheduled_tasks WHERE task_name = 'sync-connection'"
                            + " AND task_instance = ?")
                    .params(Long.toString(user))
                    .query(Boolean.class)
                    .single());
    CLOCK.advance(Duration.ofMinutes(2));
    await()
        .atMost(WAIT)
        .until(
            () ->
                jdbc.sql("SELECT COUNT(*) FROM test_runs WHERE user_id = ? AND id > ?")
                        .params(user, before)
                        .query(Long.class)
                        .single()
                    >= 2);
    await().atMost(WAIT).until(TwoNodesIT::noExecutionRunning);
    assertThat(
            jdbc.sql("SELECT DISTINCT node FROM test_runs WHERE user_id = ? AND id > ?")
                .params(user, before)
                .query(String.class)
                .list())
        .isSubsetOf("node-a", "node-b");
    assertThat(new JdbcSyncConnections(jdbc).find(user).orElseThrow().leaseOwner()).isNull();
    assertThat(overlaps()).isZero();
  }

  static java.time.OffsetDateTime utc(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }

  static ConfigurableApplicationContext node(String name) {
    return new SpringApplicationBuilder(TandemApplication.class, NodeConfig.class)
        .initializers(
            context ->
                context.getBeanFactory().registerSingleton("noTests", new NoTestConfigurations()))
        .run(
            "--spring.datasource.url=" + postgres.jdbcUrl(),
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--tandem.data-dir=target/two-nodes",
            "--tandem.secret-key=bmxL/Nr3ZhcJaanfgH+SoCy2sUXlX0yFA8Npk6U0aDI=",
            "--tandem.admin-password=two-nodes-admin",
            "--tandem.sync.node-id=" + name,
            "--db-scheduler.polling-interval=200ms",
            // Heartbeats every 2 s of real time; a node is dead after 1000 missed ones (33 min
            // of the hand-moved clock), so that moving the clock a minute kills nobody.
            "--db-scheduler.heartbeat-interval=2s",
            "--db-scheduler.missed-heartbeats-limit=1000");
  }

  static long scheduledRuns() {
    return jdbc.sql("SELECT COUNT(*) FROM test_runs WHERE run_trigger = 'SCHEDULE'")
        .query(Long.class)
        .single();
  }

  static long runsBy(String node) {
    return jdbc.sql("SELECT COUNT(*) FROM test_runs WHERE node = ?")
        .param(node)
        .query(Long.class)
        .single();
  }

  static boolean noExecutionRunning() {
    return jdbc.sql(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'sync-connection' AND"
                    + " picked")
            .query(Long.class)
            .single()
        == 0;
  }

  /** Pairs of runs of one connection whose start-to-end spans overlap. */
  static long overlaps() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM test_runs a JOIN test_runs b ON a.user_id = b.user_id"
                + " AND a.id < b.id AND a.started_ns < b.ended_ns AND b.started_ns < a.ended_ns")
        .query(Long.class)
        .single();
  }
}
