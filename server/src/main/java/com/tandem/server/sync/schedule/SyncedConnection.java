package com.tandem.server.sync.schedule;

import com.tandem.server.sync.SyncResource;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a connection syncs on its schedule, as the settings and the account resolve now.
 *
 * @param userId whose connection
 * @param usable whether the user's Microsoft connection can be used (not asked, so false, when no
 *     resource is enabled)
 * @param enabled the resources switched on for the user (system switch and the user's resolved
 *     setting)
 * @param interval the user's resolved sync interval
 */
record SyncedConnection(long userId, boolean usable, Set<SyncResource> enabled, Duration interval) {

  SyncedConnection {
    enabled = Set.copyOf(Objects.requireNonNull(enabled, "enabled == null"));
    Objects.requireNonNull(interval, "interval == null");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
  }

  /** True when the connection runs on a schedule. */
  boolean scheduled() {
    return usable && !enabled.isEmpty();
  }

  /** The enabled resources in their fixed order (calendar, then tasks). */
  List<SyncResource> inOrder() {
    return Arrays.stream(SyncResource.values()).filter(enabled::contains).toList();
  }
}
