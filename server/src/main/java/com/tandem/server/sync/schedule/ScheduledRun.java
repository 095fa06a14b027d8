package com.tandem.server.sync.schedule;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.tandem.server.sync.RunTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the {@value Schedules#CONNECTION_TASK} execution of one connection does when it wakes: run
 * the connection if it is due, then wake again at its next run. It never waits: a connection that
 * is busy, throttled or not yet due is simply woken again later.
 */
@Component
class ScheduledRun implements ExecutionHandler<Void> {

  /** A wake-up this close to the due time runs (clocks and polling are not exact). */
  static final Duration TOLERANCE = Duration.ofSeconds(1);

  /** When a Sync now holds the lease, look again after this (it also moves the wake-up itself). */
  static final Duration BUSY_RETRY = Duration.ofSeconds(15);

  private final SyncEligibility eligibility;
  private final JdbcSyncConnections connections;
  private final RunConnection runs;
  private final ConnectionLeases leases;
  private final SyncMetrics metrics;

  ScheduledRun(
      SyncEligibility eligibility,
      JdbcSyncConnections connections,
      RunConnection runs,
      ConnectionLeases leases,
      SyncMetrics metrics) {
    this.eligibility = eligibility;
    this.connections = connections;
    this.runs = runs;
    this.leases = leases;
    this.metrics = metrics;
  }

  @Override
  public CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
    long userId = Schedules.userOf(instance.getId());
    SyncedConnection plan = eligibility.plan(userId);
    Instant now = leases.now();
    if (!plan.scheduled()) {
      connections
          .find(userId)
          .filter(r -> r.nextRunAt() != null)
          .ifPresent(r -> connections.schedule(r, null, now));
      return (complete, operations) -> operations.remove();
    }
    Optional<RunConnection.Finished> finished =
        runs.run(plan, plan.inOrder(), RunTrigger.SCHEDULE, false, now.plus(TOLERANCE));
    if (finished.isEmpty()) {
      return wakeAt(now.plus(BUSY_RETRY));
    }
    if (!finished.get().ran()) {
      return wakeAt(finished.get().due()); // moved on by Sync now, a back-off or a settings change
    }
    metrics.startedLate(Duration.between(finished.get().due(), now));
    NextRun next = finished.get().next();
    return wakeAt(next.at());
  }

  private static CompletionHandler<Void> wakeAt(Instant at) {
    return (complete, operations) -> operations.reschedule(complete, at);
  }
}
