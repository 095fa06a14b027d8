package com.tandem.server.sync.schedule;

import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When a connection runs next after a run. Normally one interval after it ended. Throttled: at
 * Microsoft's {@code Retry-After}, or without one after an exponential back-off (1, 2, 4 … minutes,
 * at most four intervals). Failed: the same back-off. Never a wait in a thread: the wait becomes
 * the next run's time.
 */
final class Backoff {

  /** The longest back-off, in intervals: a failing connection still tries now and then. */
  static final int MAX_INTERVALS = 4;

  private Backoff() {}

  /**
   * The next run after a run whose resources ended with {@code reports}, given the failures in a
   * row before it.
   */
  static NextRun after(
      List<RunReport> reports, int failuresBefore, Duration interval, Instant end) {
    Objects.requireNonNull(interval, "interval == null");
    RunReport throttled = null;
    boolean failed = false;
    for (RunReport report : reports) {
      if (report.outcome() == RunOutcome.THROTTLED) {
        if (throttled == null || longer(report.retryAfter(), throttled.retryAfter())) {
          throttled = report;
        }
      } else if (report.outcome() == RunOutcome.FAILED) {
        failed = true;
      }
    }
    if (throttled == null && !failed) {
      return new NextRun(end.plus(interval), 0, null, null);
    }
    int failures = failuresBefore + 1;
    Duration wait =
        throttled != null && throttled.retryAfter() != null && !throttled.retryAfter().isNegative()
            ? throttled.retryAfter()
            : exponential(failures, interval);
    Instant at = end.plus(wait);
    return new NextRun(at, failures, throttled != null ? at : null, wait);
  }

  /** 1, 2, 4 … minutes for the 1st, 2nd, 3rd … failure in a row, at most four intervals. */
  static Duration exponential(int failures, Duration interval) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures < 1: " + failures);
    }
    Duration cap = interval.multipliedBy(MAX_INTERVALS);
    Duration wait = Duration.ofMinutes(1L << Math.min(failures - 1, 20));
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  private static boolean longer(Duration a, Duration b) {
    return b == null || (a != null && a.compareTo(b) > 0);
  }
}
