package com.tandem.server.sync.web;

import com.tandem.server.account.ConnectionStatus;
import com.tandem.server.account.MicrosoftConnection;
import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.Settings;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.resource.SyncedResource;
import com.tandem.server.sync.resource.SyncedResources;
import com.tandem.server.sync.store.JdbcSyncReads;
import com.tandem.server.sync.store.SyncRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Works out each resource's state from the settings, the account and what the runs recorded. */
@Component
class SyncStatuses {

  private final JdbcSyncReads reads;
  private final Settings settings;
  private final MicrosoftConnections connections;
  private final Clock clock;
  private final SyncedResources resources;

  SyncStatuses(
      JdbcSyncReads reads,
      Settings settings,
      MicrosoftConnections connections,
      Clock clock,
      SyncedResources resources) {
    this.reads = reads;
    this.settings = settings;
    this.connections = connections;
    this.clock = clock;
    this.resources = resources;
  }

  /** Each resource of the user, in the fixed order; one this server does not sync says so. */
  List<ResourceStatus> of(long userId) {
    ResolvedSettings resolved = settings.forUser(userId);
    MicrosoftConnection account = connections.connection(userId);
    SyncRecords.Connection connection = reads.connection(userId);
    Map<String, SyncRecords.Resource> stored = reads.resources(userId);
    List<SyncRecords.Hold> holds = reads.holds(userId);
    Instant now = clock.instant();
    List<ResourceStatus> statuses = new ArrayList<>();
    for (SyncResource id : SyncResource.values()) {
      statuses.add(
          resources
              .find(id)
              .map(
                  resource ->
                      status(
                          userId,
                          id,
                          off(resolved, resource, account),
                          account,
                          connection,
                          stored.get(id.name()),
                          holds,
                          now))
              .orElseGet(() -> notAvailable(id)));
    }
    return statuses;
  }

  private static ResourceStatus notAvailable(SyncResource id) {
    return new ResourceStatus(
        id.name(),
        false,
        ResourceStatus.Off.NOT_AVAILABLE.name(),
        null,
        null,
        SyncState.IDLE,
        null,
        null,
        0);
  }

  private ResourceStatus status(
      long userId,
      SyncResource resource,
      ResourceStatus.Off off,
      MicrosoftConnection account,
      SyncRecords.Connection connection,
      SyncRecords.Resource stored,
      List<SyncRecords.Hold> holds,
      Instant now) {
    SyncRecords.Run last = reads.lastFinishedRun(userId, resource.name()).orElse(null);
    int waiting =
        (int)
            holds.stream().filter(h -> h.waiting() && h.resource().equals(resource.name())).count();
    boolean leased = connection.leaseUntil() != null && connection.leaseUntil().isAfter(now);
    boolean throttled =
        connection.throttledUntil() != null && connection.throttledUntil().isAfter(now);
    String storedState = stored == null ? null : stored.state();
    SyncState state;
    if (account.status() == ConnectionStatus.RECONNECT_REQUIRED) {
      state = SyncState.RECONNECT_REQUIRED;
    } else if (leased
        && ("RUNNING".equals(storedState) || reads.unfinishedRun(userId, resource.name()))) {
      state = SyncState.RUNNING;
    } else if (waiting > 0) {
      state = SyncState.WAITING_FOR_APPROVAL;
    } else if (throttled) {
      state = SyncState.THROTTLED;
    } else if ("FAILED".equals(storedState)
        || last != null && "FAILED".equals(last.outcome()) && storedState == null) {
      state = SyncState.FAILED;
    } else {
      state = SyncState.IDLE;
    }
    Instant next = null;
    if (off == null) {
      next = connection.nextRunAt();
      if (throttled && (next == null || next.isBefore(connection.throttledUntil()))) {
        next = connection.throttledUntil();
      }
    }
    String problem = stored == null ? null : stored.problem();
    if (problem == null && last != null && !"SUCCEEDED".equals(last.outcome())) {
      problem = last.message();
    }
    return new ResourceStatus(
        resource.name(),
        off == null,
        off == null ? null : off.name(),
        last,
        next,
        state,
        problem,
        throttled ? connection.throttledUntil() : null,
        waiting);
  }

  private static ResourceStatus.Off off(
      ResolvedSettings resolved, SyncedResource<?> resource, MicrosoftConnection account) {
    if (!Boolean.TRUE.equals(resolved.value(resource.systemSwitch()))) {
      return ResourceStatus.Off.SWITCHED_OFF_FOR_SYSTEM;
    }
    if (!Boolean.TRUE.equals(resolved.value(resource.enabledSetting()))) {
      return ResourceStatus.Off.SWITCHED_OFF;
    }
    if (account.status() == ConnectionStatus.RECONNECT_REQUIRED) {
      return ResourceStatus.Off.RECONNECT_REQUIRED;
    }
    return account.usable() ? null : ResourceStatus.Off.NOT_CONNECTED;
  }
}
