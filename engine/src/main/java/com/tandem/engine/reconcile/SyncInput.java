package com.tandem.engine.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one reconciliation looks at.
 *
 * <p>For a first sync (or a full re-read after an expired delta token) pass every existing item of
 * both sides as {@link SideChange#upserted upserted}: unlinked items are matched before anything is
 * created.
 *
 * @param links every recorded link of the connection and resource
 * @param crmChanges the CRM change feed since the last completed run (later entries win)
 * @param microsoftChanges the Graph delta since the last completed run (later entries win)
 * @param <F> the kind of item
 */
public record SyncInput<F extends SyncFields<F>>(
    List<SyncLink<F>> links, List<SideChange<F>> crmChanges, List<SideChange<F>> microsoftChanges) {

  /** Checks the arguments and copies the lists. */
  public SyncInput {
    links = List.copyOf(Objects.requireNonNull(links, "links == null"));
    crmChanges = List.copyOf(Objects.requireNonNull(crmChanges, "crmChanges == null"));
    microsoftChanges =
        List.copyOf(Objects.requireNonNull(microsoftChanges, "microsoftChanges == null"));
  }

  /** The changes reported by the given side. */
  public List<SideChange<F>> changes(Side side) {
    return side == Side.CRM ? crmChanges : microsoftChanges;
  }

  /**
   * The input after a full re-read of Microsoft (a first sync, or a delta token that expired):
   * every item read is reported, and a linked item the read no longer finds is reported deleted.
   */
  public static <F extends SyncFields<F>> SyncInput<F> afterFullMicrosoftRead(
      List<SyncLink<F>> links, List<SideChange<F>> crmChanges, List<ItemState<F>> microsoftItems) {
    Set<String> found = new HashSet<>();
    List<SideChange<F>> microsoftChanges = new ArrayList<>();
    for (ItemState<F> item : microsoftItems) {
      found.add(item.id());
      microsoftChanges.add(SideChange.upserted(item));
    }
    for (SyncLink<F> link : links) {
      if (!found.contains(link.microsoftId())) {
        microsoftChanges.add(SideChange.deleted(link.microsoftId()));
      }
    }
    return new SyncInput<>(links, crmChanges, microsoftChanges);
  }
}
