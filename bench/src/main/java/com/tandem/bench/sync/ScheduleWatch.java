package com.tandem.bench.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Watches the scheduler from the database, as a person would from the outside: each connection's
 * {@code next_run_at} (its due time) sampled often, and each scheduled run's start. A connection's
 * first run is its first sync, due at once for every connection; lateness counts from its second
 * run on, when it is due one interval after the last.
 */
final class ScheduleWatch {

  /** Two runs of one connection closer than this are its resources' runs of one wake-up. */
  private static final Duration SAME_WAKE_UP = Duration.ofSeconds(20);

  private final JdbcClient jdbc;
  private final Map<Long, TreeSet<Instant>> dueTimes = new HashMap<>();
  private final Map<Long, Instant> lastStart = new HashMap<>();
  private final List<Duration> lateness = new ArrayList<>();
  private long runCursor;
  private int firstSyncs;
  private Instant lastFirstSync;

  ScheduleWatch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Samples due times and new runs once. */
  void poll() {
    jdbc.sql("SELECT user_id, next_run_at FROM sync_connections WHERE next_run_at IS NOT NULL")
        .query(
            rs -> {
              dueTimes
                  .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                  .add(rs.getTimestamp(2).toInstant());
            });
    jdbc.sql(
            "SELECT id, user_id, started_at FROM sync_runs WHERE id > ? AND run_trigger = 'SCHEDULE'"
                + " ORDER BY id")
        .param(runCursor)
        .query(
            rs -> {
              runCursor = rs.getLong(1);
              started(rs.getLong(2), rs.getTimestamp(3).toInstant());
            });
  }

  private void started(long userId, Instant at) {
    Instant previous = lastStart.put(userId, at);
    if (previous == null) {
      firstSyncs++;
      lastFirstSync = at;
      return;
    }
    if (Duration.between(previous, at).compareTo(SAME_WAKE_UP) < 0) {
      lastStart.put(userId, previous);
      return;
    }
    TreeSet<Instant> dues = dueTimes.get(userId);
    Instant due = dues == null ? null : dues.floor(at.plusSeconds(1));
    if (due != null && due.isAfter(previous)) {
      lateness.add(
          Duration.between(due, at).isNegative() ? Duration.ZERO : Duration.between(due, at));
    }
  }

  /** Connections whose first scheduled run (their first sync) started. */
  int firstSyncs() {
    return firstSyncs;
  }

  /** When the last first sync started, or null. */
  Instant lastFirstSync() {
    return lastFirstSync;
  }

  /** How late each later run started against its due time, sorted. */
  List<Duration> lateness() {
    return lateness.stream().sorted().toList();
  }

  /** The {@code p}-th percentile (0–100) of sorted durations, in seconds. */
  static double percentile(List<Duration> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))).toMillis() / 1000.0;
  }
}
