package com.tandem.server.sync.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a connection runs next, as decided after a run.
 *
 * @param at when the next run is due
 * @param failures failed or throttled runs in a row (0 after a run that went through)
 * @param throttledUntil no run before this, or null when Microsoft did not throttle
 * @param backoff how long the connection waits because of throttling or failure, or null
 */
public record NextRun(Instant at, int failures, Instant throttledUntil, Duration backoff) {

  public NextRun {
    Objects.requireNonNull(at, "at == null");
    if (failures < 0) {
      throw new IllegalArgumentException("failures < 0: " + failures);
    }
  }

  /** True when the connection backs off (throttled or failed) instead of waiting its interval. */
  boolean backingOff() {
    return backoff != null;
  }
}
