package com.tandem.engine.reconcile;

import com.tandem.engine.reconcile.Conflict.Decision;

/** Settles an item that changed on both sides, or changed on one and was deleted on the other. */
interface ConflictStrategy {

  /**
   * The fields both sides end with when both changed.
   *
   * @param base the fields last synced, or null for two unlinked items matched now
   */
  <F extends SyncFields<F>> Resolution<F> resolve(ItemState<F> crm, ItemState<F> microsoft, F base);

  /** Whether the changed item survives a deletion on {@code deletedSide} (it is re-created). */
  boolean keepsChangedOver(Side deletedSide);

  /** The strategy for a bidirectional sync with the given policy. */
  static ConflictStrategy of(ConflictPolicy policy) {
    return switch (policy) {
      case CRM_WINS -> new SideWins(Side.CRM);
      case MICROSOFT_WINS -> new SideWins(Side.MICROSOFT);
      case MOST_RECENT -> new MostRecentWins();
      case MERGE_FIELDS -> new MergeFields();
    };
  }

  /** The outcome of a conflict: the fields to keep and how they were chosen. */
  record Resolution<F extends SyncFields<F>>(F fields, Decision decision) {}

  static Decision wonBy(Side side) {
    return side == Side.CRM ? Decision.CRM_WON : Decision.MICROSOFT_WON;
  }
}
