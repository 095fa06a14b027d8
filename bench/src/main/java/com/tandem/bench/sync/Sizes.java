package com.tandem.bench.sync;

import java.time.Duration;

/**
 * How big the benchmark runs.
 *
 * @param events events imported and exported
 * @param tasks tasks imported and exported
 * @param warmUpItems events (and a fifth as many tasks) moved before timing, to warm the JIT
 * @param idleConnections connections measured in the idle and one-change runs
 * @param scheduledConnections connections scheduled at a one-minute interval (0: skip)
 * @param scheduleFor how long the scheduled connections are watched
 */
record Sizes(
    int events,
    int tasks,
    int warmUpItems,
    int idleConnections,
    int scheduledConnections,
    Duration scheduleFor) {

  /** The sizes. */
  static final Sizes FULL = new Sizes(10_000, 2_000, 1_000, 100, 1_000, Duration.ofMinutes(3));

  /** A quick check that every piece works (no scheduler: its interval is a minute). */
  static final Sizes SMOKE = new Sizes(200, 40, 20, 3, 0, Duration.ZERO);

  /** Checks the sizes. */
  Sizes {
    if (events < 1 || tasks < 1 || warmUpItems < 5 || idleConnections < 1) {
      throw new IllegalArgumentException("every size must be positive (warm-up at least 5)");
    }
    if (scheduledConnections < 0 || scheduleFor.isNegative()) {
      throw new IllegalArgumentException("scheduled connections and time must not be negative");
    }
  }

  /**
   * Reads {@code --smoke}, {@code --events=N}, {@code --tasks=N}, {@code --idle=N}, {@code
   * --scheduled=N}, {@code --schedule-minutes=M} over the full sizes.
   */
  static Sizes parse(String... args) {
    Sizes s = FULL;
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      s =
          switch (kv[0]) {
            case "--smoke" -> SMOKE;
            case "--events" ->
                s.with(
                    Integer.parseInt(kv[1]),
                    s.tasks,
                    s.idleConnections,
                    s.scheduledConnections,
                    s.scheduleFor);
            case "--tasks" ->
                s.with(
                    s.events,
                    Integer.parseInt(kv[1]),
                    s.idleConnections,
                    s.scheduledConnections,
                    s.scheduleFor);
            case "--idle" ->
                s.with(
                    s.events,
                    s.tasks,
                    Integer.parseInt(kv[1]),
                    s.scheduledConnections,
                    s.scheduleFor);
            case "--scheduled" ->
                s.with(
                    s.events, s.tasks, s.idleConnections, Integer.parseInt(kv[1]), s.scheduleFor);
            case "--schedule-minutes" ->
                s.with(
                    s.events,
                    s.tasks,
                    s.idleConnections,
                    s.scheduledConnections,
                    Duration.ofSeconds(Math.round(Double.parseDouble(kv[1]) * 60)));
            default -> throw new IllegalArgumentException("unknown argument: " + arg);
          };
    }
    return s;
  }

  private Sizes with(int e, int t, int idle, int scheduled, Duration watch) {
    return new Sizes(e, t, warmUpItems, idle, scheduled, watch);
  }
}
