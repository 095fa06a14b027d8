package com.tandem.server.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one run of one resource.
 *
 * @param runId the recorded run's id; null for a dry run, which records nothing
 * @param userId whose connection ran
 * @param resource what ran
 * @param trigger what started it
 * @param dryRun whether the actions were only planned
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param outcome how it ended
 * @param counts what it did (for a dry run: what it would do)
 * @param retryAfter for a throttled run, how long Microsoft asked to wait, or null
 * @param message a short reason for a run that did not succeed, or null
 * @param actions for a dry run, the planned actions; otherwise empty (the item log is stored)
 */
public record RunReport(
    Long runId,
    long userId,
    SyncResource resource,
    RunTrigger trigger,
    boolean dryRun,
    Instant startedAt,
    Instant finishedAt,
    RunOutcome outcome,
    RunCounts counts,
    Duration retryAfter,
    String message,
    List<PlannedAction> actions) {

  /** Checks the arguments and copies the list. */
  public RunReport {
    Objects.requireNonNull(resource, "resource == null");
    Objects.requireNonNull(trigger, "trigger == null");
    Objects.requireNonNull(startedAt, "startedAt == null");
    Objects.requireNonNull(finishedAt, "finishedAt == null");
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(counts, "counts == null");
    actions = actions == null ? List.of() : List.copyOf(actions);
  }
}
