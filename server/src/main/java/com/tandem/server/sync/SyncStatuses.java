package com.tandem.server.sync;

import com.tandem.server.account.ConnectionStatus;
import com.tandem.server.account.MicrosoftConnection;
import com.tandem.server.account.MicrosoftConnections;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import java.time.Clock;
import java.time.Instant;
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

  SyncStatuses(
      JdbcSyncReads reads, Settings settings, MicrosoftConnections connections, Clock clock) {
    this.reads = reads;
    this.settings = settings;
    this.connections = connections;
    this.clock = clock;
  }

  /** CALENDAR, TASKS and EMAIL of the user, in that order. */
  List<ResourceStatus> of(long userId) {
    ResolvedSettings resolved = settings.forUser(userId);
    MicrosoftConnection account = connections.connection(userId);
    SyncRecords.Connection connection = reads.connection(userId);
    Map<String, SyncRecords.Resource> resources = reads.resources(userId);
    List<SyncRecords.Hold> holds = reads.holds(userId);
    Instant now = clock.instant();
    ResourceStatus calendar =
        status(
            userId,
            SyncResource.CALENDAR,
            off(resolved, SettingKeys.CALENDAR_SYNC_ENABLED, SettingKeys.CALENDAR_ENABLED, account),
            account,
            connection,
            resources.get(SyncResource.CALENDAR.name()),
            holds,
            now);
    ResourceStatus tasks =
        status(
            userId,
            SyncResource.TASKS,
            off(resolved, SettingKeys.TASKS_SYNC_ENABLED, SettingKeys.TASKS_ENABLED, account),
            account,
            connection,
            resources.get(SyncResource.TASKS.name()),
            holds,
            now);
    ResourceStatus email =
        new ResourceStatus(
            "EMAIL",
            false,
            ResourceStatus.Off.NOT_AVAILABLE.name(),
            null,
            null,
            SyncState.IDLE,
            null,
            null,
            0);
    return List.of(calendar, tasks, email);
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
      ResolvedSettings resolved,
      SettingKey<Boolean> systemSwitch,
      SettingKey<Boolean> enabled,
      MicrosoftConnection account) {
    if (!Boolean.TRUE.equals(resolved.value(systemSwitch))) {
      return ResourceStatus.Off.SWITCHED_OFF_FOR_SYSTEM;
    }
    if (!Boolean.TRUE.equals(resolved.value(enabled))) {
      return ResourceStatus.Off.SWITCHED_OFF;
    }
    if (account.status() == ConnectionStatus.RECONNECT_REQUIRED) {
      return ResourceStatus.Off.RECONNECT_REQUIRED;
    }
    return account.usable() ? null : ResourceStatus.Off.NOT_CONNECTED;
  }
}
