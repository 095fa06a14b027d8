package com.tandem.server.sync.schedule;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.tandem.server.account.MicrosoftAccountChanged;
import com.tandem.server.settings.ScopeLevel;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.SettingsChanged;
import com.tandem.server.sync.resource.SyncedResources;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reschedules the connections a settings change affects (the system's, an organization's users' or
 * one user's) and the connection of an account that was connected, linked or disconnected. An
 * interval change recomputes the next run, a switch turned on runs soon, everything off ends the
 * schedule. The work runs as a db-scheduler task, off the request that changed the settings, and
 * survives a restart.
 */
@Component
class SettingsReschedule {

  private final Schedules schedules;
  private final JdbcSyncConnections connections;
  private final ConnectionLeases leases;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final SyncedResources resources;

  SettingsReschedule(
      Schedules schedules,
      JdbcSyncConnections connections,
      ConnectionLeases leases,
      ObjectProvider<SchedulerClient> scheduler,
      SyncedResources resources) {
    this.schedules = schedules;
    this.connections = connections;
    this.leases = leases;
    this.scheduler = scheduler;
    this.resources = resources;
  }

  /** True when a change of these keys can change what or when connections sync. */
  boolean concernsSync(Set<String> keys) {
    return keys.stream()
        .anyMatch(
            key ->
                switches().contains(key)
                    || key.equals(SettingKeys.SYNC_INTERVAL_MINUTES.name())
                    // The Azure application decides whether connections are usable at all.
                    || key.startsWith("azure."));
  }

  /** The keys that switch a resource on or off. */
  private Set<String> switches() {
    Set<String> names = new HashSet<>();
    resources.all().forEach(r -> r.switches().forEach(key -> names.add(key.name())));
    return names;
  }

  @EventListener
  void on(SettingsChanged change) {
    if (!concernsSync(change.keys())) {
      return;
    }
    boolean soon = change.keys().stream().anyMatch(switches()::contains);
    reschedule(change.scope().level() + ":" + change.scope().id() + ":" + soon);
  }

  /** A connected or linked account syncs soon; a disconnected one leaves the schedule. */
  @EventListener
  void on(MicrosoftAccountChanged change) {
    reschedule(ScopeLevel.USER + ":" + change.userId() + ":true");
  }

  private void reschedule(String data) {
    SchedulerClient client = scheduler.getIfAvailable();
    if (client == null) {
      apply(data);
      return;
    }
    client.schedule(
        new TaskInstance<>(SchedulerTasks.SETTINGS_TASK, UUID.randomUUID().toString(), data),
        leases.now());
  }

  /** Reschedules the connections of a change described as "LEVEL:id:soon". */
  void apply(String data) {
    String[] parts = data.split(":");
    ScopeLevel level = ScopeLevel.valueOf(parts[0]);
    long id = Long.parseLong(parts[1]);
    boolean soon = Boolean.parseBoolean(parts[2]);
    switch (level) {
      case SYSTEM -> schedules.reconcileAll(soon);
      case ORGANIZATION -> schedules.reconcile(connections.connectedUsers(id), soon);
      case USER -> schedules.reconcile(List.of(id), soon);
    }
  }
}
