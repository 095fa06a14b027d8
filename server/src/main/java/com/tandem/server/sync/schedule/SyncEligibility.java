package com.tandem.server.sync.schedule;

import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.resource.SyncedResource;
import com.tandem.server.sync.resource.SyncedResources;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides what a connection syncs: each {@link SyncedResource} whose system switch and the user's
 * resolved "Enabled" are on, while the Microsoft connection is usable.
 */
@Component
class SyncEligibility {

  private final Settings settings;
  private final MicrosoftConnections connections;
  private final SyncedResources resources;

  SyncEligibility(Settings settings, MicrosoftConnections connections, SyncedResources resources) {
    this.settings = settings;
    this.connections = connections;
    this.resources = resources;
  }

  /** True when the system switches leave at least one resource possible. */
  boolean anyResourceSystemWide() {
    return resources.anySystemWide(settings.forSystem());
  }

  /** The user's plan as settings and account resolve now; a deleted user syncs nothing. */
  SyncedConnection plan(long userId) {
    ResolvedSettings user;
    try {
      user = settings.forUser(userId);
    } catch (NoSuchElementException deleted) {
      return new SyncedConnection(userId, false, Set.of(), Duration.ofMinutes(5));
    }
    Set<SyncResource> enabled = Set.copyOf(resources.enabled(user));
    Duration interval = Duration.ofMinutes(user.value(SettingKeys.SYNC_INTERVAL_MINUTES));
    boolean usable = !enabled.isEmpty() && connections.connection(userId).usable();
    return new SyncedConnection(userId, usable, enabled, interval);
  }
}
