package com.tandem.server.sync;

import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import java.time.Duration;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides what a connection syncs: a resource when its system switch ({@code
 * integrations.calendar_enabled} / {@code integrations.tasks_enabled}) and the user's resolved
 * {@code calendar.enabled} / {@code tasks.enabled} are on and the Microsoft connection is usable.
 */
@Component
class SyncEligibility {

  private final Settings settings;
  private final MicrosoftConnections connections;

  SyncEligibility(Settings settings, MicrosoftConnections connections) {
    this.settings = settings;
    this.connections = connections;
  }

  /** True when the system switches leave at least one resource possible. */
  boolean anyResourceSystemWide() {
    ResolvedSettings system = settings.forSystem();
    return system.value(SettingKeys.CALENDAR_SYNC_ENABLED)
        || system.value(SettingKeys.TASKS_SYNC_ENABLED);
  }

  /** The user's plan as settings and account resolve now; a deleted user syncs nothing. */
  ConnectionPlan plan(long userId) {
    ResolvedSettings user;
    try {
      user = settings.forUser(userId);
    } catch (NoSuchElementException deleted) {
      return new ConnectionPlan(userId, false, Set.of(), Duration.ofMinutes(5));
    }
    Set<SyncResource> enabled = EnumSet.noneOf(SyncResource.class);
    if (user.value(SettingKeys.CALENDAR_SYNC_ENABLED) && user.value(SettingKeys.CALENDAR_ENABLED)) {
      enabled.add(SyncResource.CALENDAR);
    }
    if (user.value(SettingKeys.TASKS_SYNC_ENABLED) && user.value(SettingKeys.TASKS_ENABLED)) {
      enabled.add(SyncResource.TASKS);
    }
    Duration interval = Duration.ofMinutes(user.value(SettingKeys.SYNC_INTERVAL_MINUTES));
    boolean usable = !enabled.isEmpty() && connections.connection(userId).usable();
    return new ConnectionPlan(userId, usable, enabled, interval);
  }
}
