package com.tandem.graph.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * Graph is throttling this application or mailbox (429, or 503/504 with {@code Retry-After}):
 * reschedule the work; the client never waits itself.
 */
public final class ThrottledException extends GraphException {

  private final transient Duration retryAfter;

  public ThrottledException(GraphError error, Duration retryAfter) {
    super(error, null);
    this.retryAfter = retryAfter;
  }

  /** How long Graph asked to wait, when it said; otherwise the caller backs off exponentially. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
