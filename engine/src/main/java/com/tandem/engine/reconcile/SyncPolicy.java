package com.tandem.engine.reconcile;

import java.util.Objects;

/**
 * The resolved settings one reconciliation follows.
 *
 * @param direction which way changes flow
 * @param conflictPolicy how conflicts are settled when the direction is bidirectional
 * @param maxDeletePercent the largest share (1-100) of one side's linked items a run may delete
 *     before it holds the deletions for approval
 */
public record SyncPolicy(Direction direction, ConflictPolicy conflictPolicy, int maxDeletePercent) {

  /** Deletions below this count are never held, whatever their share. */
  public static final int MIN_HELD_DELETIONS = 10;

  /** Checks the arguments. */
  public SyncPolicy {
    Objects.requireNonNull(direction, "direction == null");
    Objects.requireNonNull(conflictPolicy, "conflictPolicy == null");
    if (maxDeletePercent < 1 || maxDeletePercent > 100) {
      throw new IllegalArgumentException(
          "maxDeletePercent must be between 1 and 100, was " + maxDeletePercent);
    }
  }

  /** The product's defaults: bidirectional, CRM wins, at most half of the items deleted. */
  public static SyncPolicy defaults() {
    return new SyncPolicy(Direction.BIDIRECTIONAL, ConflictPolicy.CRM_WINS, 50);
  }

  /** This policy with another direction. */
  public SyncPolicy withDirection(Direction newDirection) {
    return new SyncPolicy(newDirection, conflictPolicy, maxDeletePercent);
  }

  /** This policy with another conflict policy. */
  public SyncPolicy withConflictPolicy(ConflictPolicy newPolicy) {
    return new SyncPolicy(direction, newPolicy, maxDeletePercent);
  }
}
