package com.tandem.server.sync.resource;

import java.time.Instant;
import java.util.Objects;

/**
 * The stretch of time whose calendar events are synced: from {@code calendar.window_past_days}
 * before the run to {@code calendar.window_future_days} after it. Tasks have no window.
 *
 * @param from the first instant covered
 * @param to the first instant no longer covered
 */
public record SyncWindow(Instant from, Instant to) {

  /** Checks that the window is not empty. */
  public SyncWindow {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the window ends (" + to + ") before it starts");
    }
  }
}
