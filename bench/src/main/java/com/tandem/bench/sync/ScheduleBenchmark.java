package com.tandem.bench.sync;

/** Many connections at a one-minute interval on one node with the real scheduler. */
final class ScheduleBenchmark {

  private final BenchWorld world;

  ScheduleBenchmark(BenchWorld world) {
    this.world = world;
  }

  /** Watches the scheduled runs and reports how late they start and the CPU used. */
  void run() {
    world.report.section("Scheduled connections");
    throw new NotMeasurable("the scheduler is not on main yet");
  }
}
