package com.tandem.server.sync.schedule;

import com.tandem.server.sync.ConnectionBusyException;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.SyncResource;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Sync now: runs the connection on the caller's thread under its lease, then moves the scheduled
 * run one interval on (or later, after throttling or a failure). A dry run takes the lease too, so
 * that it never reads a connection while a run writes to it, but leaves the schedule alone. Sync
 * now does not wait out a throttled connection's Retry-After: Microsoft answers again, and a new
 * Retry-After moves the next run.
 */
@Service
class RunNow implements SyncNow {

  private final SyncEligibility eligibility;
  private final RunConnection runs;
  private final Schedules schedules;

  RunNow(SyncEligibility eligibility, RunConnection runs, Schedules schedules) {
    this.eligibility = eligibility;
    this.runs = runs;
    this.schedules = schedules;
  }

  /**
   * {@inheritDoc} A resource asked for by name runs even when switched off (its run then reports
   * {@link RunOutcome#NOT_RUN}); with none asked for and none enabled, nothing runs and the list is
   * empty.
   */
  @Override
  public List<RunReport> run(
      long userId, Set<SyncResource> resources, RunTrigger trigger, boolean dryRun) {
    Objects.requireNonNull(resources, "resources == null");
    Objects.requireNonNull(trigger, "trigger == null");
    SyncedConnection plan = eligibility.plan(userId);
    List<SyncResource> chosen =
        resources.isEmpty()
            ? plan.inOrder()
            : Arrays.stream(SyncResource.values()).filter(resources::contains).toList();
    if (chosen.isEmpty()) {
      return List.of();
    }
    RunConnection.Finished finished =
        runs.run(plan, chosen, trigger, dryRun, null)
            .orElseThrow(() -> new ConnectionBusyException(userId));
    if (!dryRun) {
      schedules.wake(userId, finished.next() == null ? null : finished.next().at());
    }
    return finished.reports();
  }
}
