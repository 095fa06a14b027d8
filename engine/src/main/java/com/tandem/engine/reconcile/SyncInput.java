package com.tandem.engine.reconcile;

import java.util.List;
import java.util.Objects;

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
}
