package com.tandem.engine.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one reconciliation: the actions to carry out, in order.
 *
 * @param actions the actions; each item's actions are adjacent
 * @param <F> the kind of item
 */
public record Plan<F extends SyncFields<F>>(List<SyncAction<F>> actions) {

  /** Checks the argument and copies the list. */
  public Plan {
    actions = List.copyOf(Objects.requireNonNull(actions, "actions == null"));
  }

  /** The conflicts recorded by this plan. */
  public List<Conflict<F>> conflicts() {
    return actions.stream()
        .filter(SyncAction.RecordConflict.class::isInstance)
        .map(a -> ((SyncAction.RecordConflict<F>) a).conflict())
        .toList();
  }

  /** Whether any deletions wait for an administrator's approval. */
  public boolean waitsForApproval() {
    return actions.stream().anyMatch(SyncAction.HoldForApproval.class::isInstance);
  }
}
