package com.tandem.server.sync.resource;

import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.reconcile.SyncFields;
import java.util.List;
import java.util.Set;

/**
 * One page of what Microsoft reports, in the engine's vocabulary.
 *
 * @param changes the items changed or deleted (an item that merely left the sync window is not
 *     reported deleted)
 * @param skipped the items that could not be mapped, with the reason
 * @param resumeLink the link that continues the round after this page (a next link, or the final
 *     delta link on the last page): storing it once the page is applied lets a later run resume
 * @param last whether this is the round's last page
 * @param unreadStamps the ids of items that may carry a CRM-id stamp the read did not return (an
 *     Outlook event made by Tandem: delta reads no extended properties); read one by id before
 *     treating it as new
 * @param <F> the kind of item
 */
public record MicrosoftPage<F extends SyncFields<F>>(
    List<SideChange<F>> changes,
    List<SkippedItem> skipped,
    String resumeLink,
    boolean last,
    Set<String> unreadStamps) {

  /** Copies the lists. */
  public MicrosoftPage {
    changes = List.copyOf(changes);
    skipped = List.copyOf(skipped);
    unreadStamps = Set.copyOf(unreadStamps);
  }

  /** A page whose items carry every stamp they have. */
  public MicrosoftPage(
      List<SideChange<F>> changes, List<SkippedItem> skipped, String resumeLink, boolean last) {
    this(changes, skipped, resumeLink, last, Set.of());
  }
}
