package com.tandem.bench.sync;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sync benchmarks of issue 5: Tandem started in this process against the graph-emulator, its
 * real sync runs timed against bare baselines measured in the same run, and the report printed and
 * written to {@code bench/target/sync-benchmark.txt}. Figures are numbers and ratios, never pass or
 * fail; a piece that cannot run with this build says so instead of a figure.
 */
public final class SyncBenchmark {

  private SyncBenchmark() {}

  /** Runs every benchmark ({@code --smoke} for a quick check; see {@link Sizes#parse}). */
  public static void main(String[] args) throws Exception {
    Path target =
        Files.isDirectory(Path.of("bench", "src")) ? Path.of("bench", "target") : Path.of("target");
    Report report = run(Sizes.parse(args), target);
    report.writeTo(target.resolve("sync-benchmark.txt"));
    System.out.println("written to " + target.resolve("sync-benchmark.txt"));
    System.exit(0);
  }

  /** Runs the benchmarks with their working files under {@code target}; returns the report. */
  static Report run(Sizes sizes, Path target) throws IOException {
    Report report = new Report();
    report.line("Tandem sync benchmark, %s", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    report.line(
        "%d processors, Java %s, load average before: %s",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load());
    report.line(
        "sizes: %d events, %d tasks (warm-up %d), %d idle connections, %d scheduled connections"
            + " watched %d s",
        sizes.events(),
        sizes.tasks(),
        sizes.warmUpItems(),
        sizes.idleConnections(),
        sizes.scheduledConnections(),
        sizes.scheduleFor().toSeconds());
    Path dir = target.resolve("sync-bench");
    List<String> users =
        new ArrayList<>(
            List.of("warmup-in", "exporter", "warmup-out", "baseline-target", "warmup-target"));
    users.addAll(SteadyStateBenchmark.idleUsers(sizes.idleConnections()));
    try (BenchWorld world = BenchWorld.start(sizes, report, dir, users)) {
      try (InProcessTandem tandem =
          world.startTandem("first-sync", false, SchedulingOff.PROPERTIES)) {
        FirstSyncBenchmark first = new FirstSyncBenchmark(world, tandem);
        piece(report, "first import", first::importToCrm);
        piece(report, "first export", first::exportToMicrosoft);
        SteadyStateBenchmark steady = new SteadyStateBenchmark(world, tandem);
        piece(report, "idle runs of the imported connection", steady::largeIdle);
        piece(report, "idle run", steady::idle);
        piece(report, "one change", steady::oneChange);
      }
      if (sizes.scheduledConnections() > 0) {
        piece(report, "scheduled connections", () -> new ScheduleBenchmark(world).run());
      }
    }
    report.section("Load");
    report.line("  load average after: %s", load());
    return report;
  }

  private static void piece(Report report, String name, Runnable piece) {
    try {
      piece.run();
    } catch (NotMeasurable e) {
      report.notMeasured(name, e.getMessage());
    } catch (RuntimeException e) {
      report.line("  FAILED %s: %s", name, e);
      e.printStackTrace();
    }
  }

  /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
