package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.server.sync.store.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finishes the create intents a run left when it ended between a Microsoft create and its link (a
 * crash, a lost answer): the copy is looked up by its CRM-id stamp and linked with the fields it
 * was made from as the base, or, when no copy exists, the intent goes and the item counts as new
 * again (its create is idempotent). Runs before anything is read, so no plan ever meets an intent.
 */
final class LeftoverIntents {

  private LeftoverIntents() {}

  static <F extends SyncFields<F>> void resolve(
      RunContext<F> setup, Links<F> links, RunJournal tally) {
    List<SyncLink<F>> left = links.createIntents();
    if (left.isEmpty()) {
      return;
    }
    List<SyncLink<F>> found = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (SyncLink<F> intent : left) {
      Optional<ItemState<F>> copy = setup.microsoft().findByCrmId(setup.target(), intent.crmId());
      if (copy.isPresent()) {
        // Made from the intent's fields: as made, it is linked at its version; edited since, its
        // version stays unknown, so that the edit counts as one.
        boolean asMade = copy.get().hash().equals(intent.hash());
        found.add(
            SyncLink.of(
                intent.crmId(),
                intent.crmVersion(),
                copy.get().id(),
                asMade ? copy.get().version() : CreateExecutor.INTENDED,
                intent.synced(),
                intent.syncedAt()));
        tally.linked(intent.crmId(), copy.get().id(), setup.crm().title(intent.synced()));
      } else {
        none.add(intent.crmId());
      }
    }
    links.replace(found, none, List.of());
  }
}
