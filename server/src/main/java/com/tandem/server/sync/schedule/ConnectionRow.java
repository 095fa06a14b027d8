package com.tandem.server.sync.schedule;

import java.time.Instant;

/**
 * A connection's row in {@code sync_connections}: its lease and schedule.
 *
 * @param userId whose connection
 * @param leaseOwner who holds the lease, or null
 * @param leaseUntil when the lease ends unless renewed, or null
 * @param nextRunAt when the next scheduled run is due, or null when none is scheduled
 * @param throttledUntil no run before this while Microsoft throttles, or null
 * @param failures failed or throttled runs in a row
 * @param lastRunAt when the last run ended, or null
 */
public record ConnectionRow(
    long userId,
    String leaseOwner,
    Instant leaseUntil,
    Instant nextRunAt,
    Instant throttledUntil,
    int failures,
    Instant lastRunAt) {

  /** True when someone holds a lease that has not yet run out at {@code now}. */
  boolean leased(Instant now) {
    return leaseOwner != null && leaseUntil != null && leaseUntil.isAfter(now);
  }
}
