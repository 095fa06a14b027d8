package com.tandem.server.sync;

import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.reconcile.SyncFields;
import java.util.List;

/**
 * One page of what Microsoft reports, in the engine's vocabulary.
 *
 * @param changes the items changed or deleted (an item that merely left the sync window is not
 *     reported deleted)
 * @param skipped the items that could not be mapped, with the reason
 * @param resumeLink the link that continues the round after this page (a next link, or the final
 *     delta link on the last page): storing it once the page is applied lets a later run resume
 * @param last whether this is the round's last page
 * @param <F> the kind of item
 */
public record MicrosoftPage<F extends SyncFields<F>>(
    List<SideChange<F>> changes, List<SkippedItem> skipped, String resumeLink, boolean last) {

  /** Copies the lists. */
  public MicrosoftPage {
    changes = List.copyOf(changes);
    skipped = List.copyOf(skipped);
  }
}
