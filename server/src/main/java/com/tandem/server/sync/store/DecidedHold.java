package com.tandem.server.sync.store;

import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import java.util.List;

/**
 * A stored deletion hold with its decision.
 *
 * @param id the hold's id
 * @param side the side that would lose the items
 * @param links the links of the held items
 * @param linkedItems how many linked items the run that held them started with
 * @param approved true when approved, false when discarded
 * @param <F> the kind of item
 */
public record DecidedHold<F extends SyncFields<F>>(
    long id, Side side, List<SyncLink<F>> links, int linkedItems, boolean approved) {

  /** The engine's view of the hold. */
  public SyncAction.HoldForApproval<F> action() {
    return new SyncAction.HoldForApproval<>(
        side,
        links.stream().map(link -> new SyncAction.Delete<>(side, link)).toList(),
        linkedItems);
  }
}
