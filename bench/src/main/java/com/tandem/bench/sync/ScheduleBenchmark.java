package com.tandem.bench.sync;

import com.tandem.server.settings.SettingKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Many connections at a one-minute interval on one node with the real scheduler (db-scheduler with
 * the server's own configuration): how late runs start against their due time, and the CPU used
 * meanwhile. The connections are empty mailboxes and CRMs, so every run after the first is an idle
 * run; the figure is the scheduler's, not the runs'.
 */
final class ScheduleBenchmark {

  /** How long to wait for the first scheduled run before deciding nothing schedules. */
  private static final Duration FIRST_RUN_WITHIN = Duration.ofSeconds(150);

  private final BenchWorld world;
  private final Report report;

  ScheduleBenchmark(BenchWorld world) {
    this.world = world;
    this.report = world.report;
  }

  /** Schedules the connections, watches them and reports. */
  void run() {
    int count = world.sizes.scheduledConnections();
    Duration watchFor = world.sizes.scheduleFor();
    report.section(
        "Scheduler: %d connections at a 1-minute interval on one node, watched for %d s"
            .formatted(count, watchFor.toSeconds()));
    try (InProcessTandem tandem = InProcessTandem.start(world.dir.resolve("scheduled"))) {
      if (tandem.resourceRun().isEmpty()) {
        throw new NotMeasurable(
            "this build has no ResourceRun bean (the sync run is not on main yet)");
      }
      for (int i = 1; i <= count; i++) {
        String name = "sched-%04d".formatted(i);
        world.addMicrosoftUser(name);
        tandem.linkedUser(name, BenchWorld.upn(name));
      }
      // Users first, then the settings: switching the sync on schedules every connection at once.
      tandem.settings(Map.of(SettingKeys.SYNC_INTERVAL_MINUTES, 1));
      tandem.applicationMode(
          BenchWorld.TENANT,
          BenchWorld.CLIENT_ID,
          BenchWorld.SECRET,
          world.emulator.baseUrl(),
          world.emulator.baseUrl());
      report.line(
          "  db-scheduler: polling interval %s, %s threads (the server's configuration)",
          tandem.property("db-scheduler.polling-interval"),
          tandem.property("db-scheduler.threads"));
      watch(tandem, count, watchFor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void watch(InProcessTandem tandem, int count, Duration watchFor) {
    ScheduleWatch watch = new ScheduleWatch(tandem.jdbc());
    Instant start = Instant.now();
    Instant end = start.plus(watchFor);
    CpuMeter cpu = null;
    long cpuStart = 0;
    while (Instant.now().isBefore(end)) {
      watch.poll();
      if (watch.firstSyncs() == 0 && Instant.now().isAfter(start.plus(FIRST_RUN_WITHIN))) {
        throw new NotMeasurable(
            "no scheduled run started within " + FIRST_RUN_WITHIN.toSeconds() + " s");
      }
      if (cpu == null && watch.firstSyncs() == count) {
        cpu = CpuMeter.start();
        cpuStart = System.nanoTime();
      }
      sleep(500);
    }
    watch.poll();
    report.line(
        "  first syncs: %d of %d connections started, the last %.1f s after the sync was switched on",
        watch.firstSyncs(),
        count,
        watch.lastFirstSync() == null
            ? Double.NaN
            : Duration.between(start, watch.lastFirstSync()).toMillis() / 1000.0);
    List<Duration> late = watch.lateness();
    report.line(
        "  later runs: %d; start - due time: p50 %.2f s, p99 %.2f s, max %.2f s",
        late.size(),
        ScheduleWatch.percentile(late, 50),
        ScheduleWatch.percentile(late, 99),
        ScheduleWatch.percentile(late, 100));
    if (cpu != null) {
      CpuMeter.Used used = cpu.stop();
      double wall = System.nanoTime() - cpuStart;
      report.line(
          "  CPU after the first syncs (%.0f s): %.2f cores Tandem threads, %.2f cores whole process"
              + " (emulator included) of %d",
          wall / 1e9,
          used.tandemNanos() / wall,
          used.processNanos() / wall,
          Runtime.getRuntime().availableProcessors());
    } else {
      report.line("  !! not every connection had its first sync within the watch: no CPU figure");
    }
    report.line("  scheduled runs by outcome: %s", outcomes(tandem));
    serverLateness(tandem);
  }

  private static Map<String, Long> outcomes(InProcessTandem tandem) {
    Map<String, Long> out = new java.util.TreeMap<>();
    tandem
        .jdbc()
        .sql(
            "SELECT COALESCE(outcome, 'RUNNING'), COUNT(*) FROM sync_runs"
                + " WHERE run_trigger = 'SCHEDULE' GROUP BY outcome")
        .query(
            rs -> {
              out.put(rs.getString(1), rs.getLong(2));
            });
    return out;
  }

  private void serverLateness(InProcessTandem tandem) {
    Timer timer = tandem.bean(MeterRegistry.class).find("tandem.sync.start.delay").timer();
    if (timer != null) {
      report.line(
          "  the server's own tandem.sync.start.delay: %d runs, mean %.2f s, max %.2f s",
          timer.count(),
          timer.mean(TimeUnit.MILLISECONDS) / 1000,
          timer.max(TimeUnit.MILLISECONDS) / 1000);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
