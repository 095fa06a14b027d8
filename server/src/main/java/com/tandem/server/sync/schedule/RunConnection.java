package com.tandem.server.sync.schedule;

import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.run.ReadAhead;
import com.tandem.server.sync.run.ResourceRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One run of a connection, scheduled or Sync now: take the lease, read the first page of every
 * resource's changes in one Graph batch, run each resource in turn, end the lease and record when
 * the connection runs next (one interval on, or later after throttling or a failure; see {@link
 * Backoff}).
 */
@Component
class RunConnection {

  private static final Logger log = LoggerFactory.getLogger(RunConnection.class);

  /**
   * A finished run, or a connection found not due.
   *
   * @param reports one per resource that ran
   * @param next when the connection runs next, or null (a dry run, or no schedule any more)
   * @param due when the connection was due, as its row said under the lease
   * @param ran false when the connection was not due yet and nothing ran
   */
  record Finished(List<RunReport> reports, NextRun next, Instant due, boolean ran) {}

  private final ConnectionLeases leases;
  private final JdbcSyncConnections connections;
  private final ObjectProvider<ResourceRun> resourceRun;
  private final SyncMetrics metrics;

  RunConnection(
      ConnectionLeases leases,
      JdbcSyncConnections connections,
      ObjectProvider<ResourceRun> resourceRun,
      SyncMetrics metrics) {
    this.leases = leases;
    this.connections = connections;
    this.resourceRun = resourceRun;
    this.metrics = metrics;
  }

  /**
   * Runs the resources under the connection's lease, or returns empty when a run of the connection
   * goes on already. A dry run holds the lease too, so that it never plans against a half-applied
   * run, but changes neither the schedule nor the failure count.
   *
   * @param dueBy run only when the connection is due by then (its row, read once under the lease,
   *     says when); null runs it whatever its due time (Sync now)
   */
  Optional<Finished> run(
      SyncedConnection plan,
      List<SyncResource> resources,
      RunTrigger trigger,
      boolean dryRun,
      Instant dueBy) {
    long userId = plan.userId();
    Optional<ConnectionLeases.Lease> claimed = leases.claim(userId);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    ConnectionLeases.Lease lease = claimed.get();
    List<RunReport> reports = new ArrayList<>();
    boolean finished = false;
    try {
      Optional<ConnectionRow> row = connections.find(userId);
      Instant due = row.map(ConnectionRow::nextRunAt).orElse(leases.now());
      if (dueBy != null && due.isAfter(dueBy)) {
        // Moved on by Sync now, a back-off or a settings change since this wake-up was set.
        leases.release(lease);
        finished = true;
        return Optional.of(new Finished(List.of(), null, due, false));
      }
      int failuresBefore = row.map(ConnectionRow::failures).orElse(0);
      ResourceRun run = resourceRun.getIfAvailable();
      ReadAhead ahead = readAhead(run, userId, resources, trigger, dryRun);
      for (SyncResource resource : resources) {
        RunReport report = runOne(run, ahead, userId, resource, trigger, dryRun);
        reports.add(report);
        metrics.ran(report);
        if (report.outcome() == RunOutcome.THROTTLED
            || report.outcome() == RunOutcome.RECONNECT_REQUIRED) {
          // The same mailbox and grant serve the other resource: it would fare no better now.
          break;
        }
      }
      leases.stopRenewing(lease);
      if (dryRun) {
        return Optional.of(new Finished(reports, null, due, true));
      }
      Instant end = leases.now();
      NextRun next = Backoff.after(reports, failuresBefore, plan.interval(), end);
      connections.finish(userId, lease.owner(), end, next, plan.scheduled());
      finished = true;
      if (next.backingOff()) {
        metrics.backedOff(next);
      }
      return Optional.of(new Finished(reports, plan.scheduled() ? next : null, due, true));
    } finally {
      if (!finished) {
        leases.release(lease);
      }
    }
  }

  /** The first pages of all resources' changes, read ahead together where the run allows it. */
  private static ReadAhead readAhead(
      ResourceRun run,
      long userId,
      List<SyncResource> resources,
      RunTrigger trigger,
      boolean dryRun) {
    if (run == null) {
      return ReadAhead.NONE;
    }
    try {
      return run.readAhead(userId, resources, trigger, dryRun);
    } catch (RuntimeException e) {
      // Reading ahead never throws by design; should it, each run reads for itself.
      log.error("Reading ahead for user {} failed", userId, e);
      return ReadAhead.NONE;
    }
  }

  private RunReport runOne(
      ResourceRun run,
      ReadAhead ahead,
      long userId,
      SyncResource resource,
      RunTrigger trigger,
      boolean dry) {
    Instant start = leases.now();
    if (run == null) {
      return report(userId, resource, trigger, dry, start, RunOutcome.NOT_RUN, "no sync runs");
    }
    try {
      return run.run(new RunRequest(userId, resource, trigger, dry), ahead);
    } catch (RuntimeException e) {
      // ResourceRun reports failures as outcomes; anything thrown is a defect, logged once here.
      log.error("Sync run of {} for user {} failed", resource, userId, e);
      return report(userId, resource, trigger, dry, start, RunOutcome.FAILED, "unexpected error");
    }
  }

  private RunReport report(
      long userId,
      SyncResource resource,
      RunTrigger trigger,
      boolean dryRun,
      Instant start,
      RunOutcome outcome,
      String message) {
    return new RunReport(
        null,
        userId,
        resource,
        trigger,
        dryRun,
        start,
        leases.now(),
        outcome,
        RunCounts.NONE,
        (Duration) null,
        message,
        List.of());
  }
}
