package com.tandem.bench.sync;

import java.time.Duration;

/**
 * How big the benchmark runs.
 *
 * @param events events imported and exported
 * @param tasks tasks imported and exported
 * @param warmUpItems events (and a fifth as many tasks) moved before timing, to warm the JIT
 * @param importRounds how often the first import is measured, each time into fresh mailboxes
 * @param idleConnections connections measured in the idle and one-change runs
 * @param scheduledConnections connections scheduled at a one-minute interval (0: skip)
 * @param scheduleFor how long the scheduled connections are watched
 */
record Sizes(
    int events,
    int tasks,
    int warmUpItems,
    int importRounds,
    int idleConnections,
    int scheduledConnections,
    Duration scheduleFor) {

  /** The sizes. */
  static final Sizes FULL = new Sizes(10_000, 2_000, 1_000, 4, 100, 1_000, Duration.ofMinutes(3));

  /** A quick check that every piece works (no scheduler: its interval is a minute). */
  static final Sizes SMOKE = new Sizes(200, 40, 20, 2, 3, 0, Duration.ZERO);

  /** Checks the sizes. */
  Sizes {
    if (events < 1 || tasks < 1 || warmUpItems < 5 || importRounds < 1 || idleConnections < 1) {
      throw new IllegalArgumentException("every size must be positive (warm-up at least 5)");
    }
    if (scheduledConnections < 0 || scheduleFor.isNegative()) {
      throw new IllegalArgumentException("scheduled connections and time must not be negative");
    }
  }

  /**
   * Reads {@code --smoke}, {@code --events=N}, {@code --tasks=N}, {@code --warm-up=N}, {@code
   * --import-rounds=N}, {@code --idle=N}, {@code --scheduled=N}, {@code --schedule-minutes=M} over
   * the full sizes.
   */
  static Sizes parse(String... args) {
    Sizes s = FULL;
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      String value = kv.length > 1 ? kv[1] : "";
      s =
          switch (kv[0]) {
            case "--smoke" -> SMOKE;
            case "--events" -> s.with(0, Integer.parseInt(value));
            case "--tasks" -> s.with(1, Integer.parseInt(value));
            case "--warm-up" -> s.with(2, Integer.parseInt(value));
            case "--import-rounds" -> s.with(3, Integer.parseInt(value));
            case "--idle" -> s.with(4, Integer.parseInt(value));
            case "--scheduled" -> s.with(5, Integer.parseInt(value));
            case "--schedule-minutes" ->
                new Sizes(
                    s.events,
                    s.tasks,
                    s.warmUpItems,
                    s.importRounds,
                    s.idleConnections,
                    s.scheduledConnections,
                    Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60)));
            default -> throw new IllegalArgumentException("unknown argument: " + arg);
          };
    }
    return s;
  }

  /** These sizes with the count at {@code index} (in the record's order) replaced. */
  private Sizes with(int index, int count) {
    int[] counts = {
      events, tasks, warmUpItems, importRounds, idleConnections, scheduledConnections
    };
    counts[index] = count;
    return new Sizes(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], scheduleFor);
  }
}
