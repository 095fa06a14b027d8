package com.tandem.engine.reconcile;

import java.util.ArrayList;
import java.util.List;

/** Holds back a run's deletions on a side when they exceed the allowed share of linked items. */
final class DeletionSafety {

  private DeletionSafety() {}

  static <F extends SyncFields<F>> List<SyncAction<F>> apply(
      List<SyncAction<F>> actions, int linkedItems, int maxDeletePercent) {
    List<SyncAction<F>> result = new ArrayList<>(actions);
    for (Side side : Side.values()) {
      List<SyncAction.Delete<F>> deletions = new ArrayList<>();
      for (SyncAction<F> action : actions) {
        if (action instanceof SyncAction.Delete<F> delete && delete.target() == side) {
          deletions.add(delete);
        }
      }
      if (exceeds(deletions.size(), linkedItems, maxDeletePercent)) {
        result.removeAll(deletions);
        result.add(new SyncAction.HoldForApproval<>(side, deletions, linkedItems));
      }
    }
    return result;
  }

  /**
   * Whether {@code deletions} on one side are more than a run may make without approval: at least
   * {@link SyncPolicy#MIN_HELD_DELETIONS}, and more than the allowed share of the linked items.
   */
  static boolean exceeds(int deletions, int linkedItems, int maxDeletePercent) {
    return deletions >= SyncPolicy.MIN_HELD_DELETIONS
        && (long) deletions * 100 > (long) maxDeletePercent * linkedItems;
  }
}
