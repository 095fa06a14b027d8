package com.tandem.server.sync.schedule;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps each connection's schedule in line with its plan. {@code sync_connections.next_run_at} is
 * the truth (what people see); the connection's db-scheduler execution ({@value #CONNECTION_TASK},
 * instance = user id) is the wake-up at that time. A connection that stops syncing loses both.
 */
@Component
public class Schedules {

  /** The db-scheduler task that runs one connection and schedules its own next execution. */
  static final String CONNECTION_TASK = "sync-connection";

  private static final Logger log = LoggerFactory.getLogger(Schedules.class);

  private final JdbcSyncConnections connections;
  private final SyncEligibility eligibility;
  private final ConnectionLeases leases;
  private final ObjectProvider<SchedulerClient> scheduler;

  Schedules(
      JdbcSyncConnections connections,
      SyncEligibility eligibility,
      ConnectionLeases leases,
      ObjectProvider<SchedulerClient> scheduler) {
    this.connections = connections;
    this.eligibility = eligibility;
    this.leases = leases;
    this.scheduler = scheduler;
  }

  static TaskInstance<Void> instance(long userId) {
    return new TaskInstance<>(CONNECTION_TASK, Long.toString(userId));
  }

  /**
   * When a connection should run next: throttling and back-off stand (unless a resource was just
   * switched on, which runs soon); otherwise one interval after the last run, or now for a
   * connection that never ran. An overdue time stays as it is, so that it keeps its place.
   */
  static Instant due(ConnectionRow row, Duration interval, Instant now, boolean soon) {
    Instant next = row.nextRunAt();
    if (row.throttledUntil() != null && row.throttledUntil().isAfter(now)) {
      return next != null && next.isAfter(row.throttledUntil()) ? next : row.throttledUntil();
    }
    if (soon) {
      return next != null && next.isBefore(now) ? next : now;
    }
    if (row.failures() > 0 && next != null) {
      return next;
    }
    if (row.lastRunAt() == null) {
      return next != null ? next : now;
    }
    return row.lastRunAt().plus(interval);
  }

  /**
   * Brings every connection's schedule in line (the periodic pass, on one node at a time, or a
   * system-wide settings change); {@code soon}: a resource was switched on.
   */
  void reconcileAll(boolean soon) {
    Map<Long, ScheduledExecution<Void>> executions = new HashMap<>();
    SchedulerClient client = scheduler.getIfAvailable();
    if (client != null) {
      client.fetchScheduledExecutionsForTask(
          CONNECTION_TASK,
          Void.class,
          execution -> executions.put(userOf(execution.getTaskInstance().getId()), execution));
    }
    Set<Long> users = new TreeSet<>(executions.keySet());
    connections.all().stream()
        .filter(row -> row.nextRunAt() != null)
        .forEach(row -> users.add(row.userId()));
    boolean anyResource = eligibility.anyResourceSystemWide();
    if (anyResource) {
      users.addAll(connections.connectedUsers());
    }
    for (long userId : users) {
      try {
        reconcile(userId, soon, Optional.ofNullable(executions.get(userId)), anyResource);
      } catch (RuntimeException e) {
        log.warn("Could not bring user {}'s sync schedule in line: {}", userId, e.toString());
      }
    }
  }

  /** Brings the given connections' schedules in line; {@code soon}: a resource was switched on. */
  void reconcile(Collection<Long> users, boolean soon) {
    for (long userId : users) {
      try {
        reconcile(userId, soon);
      } catch (RuntimeException e) {
        log.warn("Could not bring user {}'s sync schedule in line: {}", userId, e.toString());
      }
    }
  }

  /** Brings one connection's schedule in line; {@code soon}: a resource was switched on. */
  void reconcile(long userId, boolean soon) {
    SchedulerClient client = scheduler.getIfAvailable();
    Optional<ScheduledExecution<Object>> execution =
        client == null ? Optional.empty() : client.getScheduledExecution(instance(userId));
    reconcile(userId, soon, execution, true);
  }

  /** Wakes the connection at {@code at} (null: never) after a run outside its schedule. */
  void wake(long userId, Instant at) {
    SchedulerClient client = scheduler.getIfAvailable();
    if (client == null) {
      return;
    }
    wake(client, userId, at, client.getScheduledExecution(instance(userId)));
  }

  private void reconcile(
      long userId,
      boolean soon,
      Optional<? extends ScheduledExecution<?>> execution,
      boolean anyResource) {
    SyncedConnection plan =
        anyResource
            ? eligibility.plan(userId)
            : new SyncedConnection(userId, false, Set.of(), Duration.ofMinutes(1));
    Instant now = leases.now();
    Optional<ConnectionRow> row = connections.find(userId);
    SchedulerClient client = scheduler.getIfAvailable();
    if (!plan.scheduled()) {
      row.filter(r -> r.nextRunAt() != null).ifPresent(r -> connections.schedule(r, null, now));
      if (client != null) {
        wake(client, userId, null, execution);
      }
      return;
    }
    if (row.isEmpty()) {
      connections.ensure(userId, now);
      row = connections.find(userId);
    }
    ConnectionRow current = row.orElseThrow();
    Instant due = due(current, plan.interval(), now, soon);
    if (!due.equals(current.nextRunAt()) && !connections.schedule(current, due, now)) {
      return; // a run or another node changed the row meanwhile; the next pass looks again
    }
    if (client != null) {
      wake(client, userId, due, execution);
    }
  }

  private static void wake(
      SchedulerClient client,
      long userId,
      Instant at,
      Optional<? extends ScheduledExecution<?>> execution) {
    TaskInstance<Void> instance = instance(userId);
    try {
      if (execution.isEmpty()) {
        if (at != null && !client.scheduleIfNotExists(instance, at)) {
          client.reschedule(instance, at);
        }
      } else if (execution.get().isPicked()) {
        // Running now: it reads the row when it ends and wakes itself at the right time.
      } else if (at == null) {
        client.cancel(instance);
      } else if (!at.equals(execution.get().getExecutionTime())) {
        client.reschedule(instance, at);
      }
    } catch (TaskInstanceException raced) {
      // Picked, finished or removed meanwhile: the execution itself reads the row when it runs.
      log.debug("Schedule of user {} changed meanwhile: {}", userId, raced.toString());
    }
  }

  static long userOf(String instanceId) {
    return Long.parseLong(instanceId);
  }
}
