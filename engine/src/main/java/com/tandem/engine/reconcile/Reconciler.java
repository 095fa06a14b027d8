package com.tandem.engine.reconcile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides what one sync run does: classifies every reported item into the product's case table and
 * applies the direction and conflict policy to it.
 */
public final class Reconciler {

  private final Clock clock;

  /** A reconciler that stamps links and conflicts with the given clock's time. */
  public Reconciler(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** The actions that bring both sides in step, given what changed since the last run. */
  public <F extends SyncFields<F>> Plan<F> plan(SyncPolicy policy, SyncInput<F> input) {
    return new Plan<>(
        DeletionSafety.apply(
            decide(policy, input), input.links().size(), policy.maxDeletePercent()));
  }

  /**
   * A run whose Microsoft changes come page by page: each page is planned with what it concerns,
   * and deletions are decided over the whole run ({@code linkedAtStart} links at its start).
   */
  public <F extends SyncFields<F>> RunPlanner<F> startRun(SyncPolicy policy, int linkedAtStart) {
    return new RunPlanner<>(this, policy, linkedAtStart);
  }

  /** The case table's actions for the input, deletions not yet weighed against the limit. */
  <F extends SyncFields<F>> List<SyncAction<F>> decide(SyncPolicy policy, SyncInput<F> input) {
    Objects.requireNonNull(policy, "policy == null");
    Objects.requireNonNull(input, "input == null");
    Instant at = clock.instant();
    CaseMatrix matrix = new CaseMatrix(DirectionRule.of(policy), at);
    List<SyncAction<F>> actions = new ArrayList<>();
    for (ItemPair<F> pair : Pairing.of(input)) {
      actions.addAll(matrix.decide(Classifier.classify(pair), pair));
    }
    return actions;
  }

  /** The time this reconciler stamps on links and conflicts now. */
  Instant now() {
    return clock.instant();
  }
}
