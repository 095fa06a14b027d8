package com.tandem.engine.reconcile;

import com.tandem.engine.reconcile.ConflictStrategy.Resolution;
import com.tandem.engine.reconcile.ItemPair.SideState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The product's case table: for each row, the actions a direction rule calls for. */
final class CaseMatrix {

  private final DirectionRule rule;
  private final Instant at;

  CaseMatrix(DirectionRule rule, Instant at) {
    this.rule = rule;
    this.at = at;
  }

  <F extends SyncFields<F>> List<SyncAction<F>> decide(ItemCase itemCase, ItemPair<F> pair) {
    List<SyncAction<F>> out = new ArrayList<>();
    switch (itemCase) {
      case UNCHANGED -> refreshIfTouched(pair, out);
      case NEW_IN_CRM -> createIfPropagated(Side.CRM, pair, out);
      case NEW_IN_MICROSOFT -> createIfPropagated(Side.MICROSOFT, pair, out);
      case NEW_ON_BOTH, CHANGED_ON_BOTH -> settleBothChanged(pair, out);
      case CHANGED_IN_CRM -> updateIfPropagated(Side.CRM, pair, out);
      case CHANGED_IN_MICROSOFT -> updateIfPropagated(Side.MICROSOFT, pair, out);
      case DELETED_IN_CRM -> propagateDeletion(Side.CRM, pair, out);
      case DELETED_IN_MICROSOFT -> propagateDeletion(Side.MICROSOFT, pair, out);
      case DELETED_IN_CRM_CHANGED_IN_MICROSOFT -> settleDeletedVsChanged(Side.CRM, pair, out);
      case DELETED_IN_MICROSOFT_CHANGED_IN_CRM -> settleDeletedVsChanged(Side.MICROSOFT, pair, out);
      case DELETED_ON_BOTH -> out.add(new SyncAction.Unlink<>(pair.link()));
    }
    if (pair.relinked() && out.stream().noneMatch(CaseMatrix::recordsLink)) {
      // Even when the copy's own change is left alone, the link must name the copy from now on:
      // the deleted item it replaced can no longer be written.
      out.add(new SyncAction.Link<>(linkAsSeen(pair, pair.link().synced())));
    }
    return out;
  }

  private static boolean recordsLink(SyncAction<?> action) {
    return !(action instanceof SyncAction.RecordConflict<?>)
        && !(action instanceof SyncAction.HoldForApproval<?>);
  }

  private <F extends SyncFields<F>> void refreshIfTouched(
      ItemPair<F> pair, List<SyncAction<F>> out) {
    if (!pair.notWritten().isEmpty()) {
      // A crashed run decided these fields; finish its writes instead of deciding again.
      out.add(update(pair, pair.link().synced(), pair.notWritten()));
      return;
    }
    // A version bump without new content: remember the version so later writes match it.
    if (pair.state(Side.CRM) == SideState.TOUCHED
        || pair.state(Side.MICROSOFT) == SideState.TOUCHED) {
      out.add(new SyncAction.Link<>(linkAsSeen(pair, pair.link().synced())));
    }
  }

  private <F extends SyncFields<F>> void createIfPropagated(
      Side source, ItemPair<F> pair, List<SyncAction<F>> out) {
    if (rule.propagates(source)) {
      ItemState<F> item = pair.item(source);
      out.add(
          new SyncAction.Create<>(
              source.other(), item.id(), item.version(), item.fields(), null, at));
    }
  }

  private <F extends SyncFields<F>> void updateIfPropagated(
      Side source, ItemPair<F> pair, List<SyncAction<F>> out) {
    // Not propagated: left alone, and overwritten by the source's next change.
    if (rule.propagates(source)) {
      out.add(update(pair, pair.current(source), EnumSet.of(source.other())));
    }
  }

  private <F extends SyncFields<F>> void settleBothChanged(
      ItemPair<F> pair, List<SyncAction<F>> out) {
    ItemState<F> crm = pair.item(Side.CRM);
    ItemState<F> microsoft = pair.item(Side.MICROSOFT);
    if (crm.hash().equals(microsoft.hash())) {
      // Both sides already agree (the same edit, or a write whose link was never recorded).
      out.add(new SyncAction.Link<>(linkAsSeen(pair, crm.fields())));
      return;
    }
    F base = pair.link() == null ? null : pair.link().synced();
    Resolution<F> resolution = rule.conflicts().resolve(crm, microsoft, base);
    out.add(
        new SyncAction.RecordConflict<>(
            new Conflict<>(
                crm.id(),
                microsoft.id(),
                crm.fields(),
                microsoft.fields(),
                rule.name(),
                resolution.decision(),
                resolution.fields(),
                at)));
    ContentHash result = ContentHash.of(resolution.fields());
    Set<Side> targets = EnumSet.noneOf(Side.class);
    for (Side side : Side.values()) {
      if (!pair.item(side).hash().equals(result)) {
        targets.add(side);
      }
    }
    out.add(update(pair, resolution.fields(), targets));
  }

  private <F extends SyncFields<F>> void propagateDeletion(
      Side deletedOn, ItemPair<F> pair, List<SyncAction<F>> out) {
    if (rule.propagates(deletedOn)) {
      out.add(new SyncAction.Delete<>(deletedOn.other(), pair.linkAsSeen()));
    } else {
      out.add(recreate(deletedOn, pair));
    }
  }

  private <F extends SyncFields<F>> void settleDeletedVsChanged(
      Side deletedOn, ItemPair<F> pair, List<SyncAction<F>> out) {
    Side changedOn = deletedOn.other();
    boolean keep = rule.conflicts().keepsChangedOver(deletedOn);
    F changed = pair.current(changedOn);
    out.add(
        new SyncAction.RecordConflict<>(
            new Conflict<>(
                pair.link().crmId(),
                pair.link().microsoftId(),
                changedOn == Side.CRM ? changed : null,
                changedOn == Side.MICROSOFT ? changed : null,
                rule.name(),
                ConflictStrategy.wonBy(keep ? changedOn : deletedOn),
                keep ? changed : null,
                at)));
    out.add(
        keep ? recreate(deletedOn, pair) : new SyncAction.Delete<>(changedOn, pair.linkAsSeen()));
  }

  private <F extends SyncFields<F>> SyncAction<F> recreate(Side deletedOn, ItemPair<F> pair) {
    Side source = deletedOn.other();
    return new SyncAction.Create<>(
        deletedOn, pair.id(source), pair.version(source), pair.current(source), pair.link(), at);
  }

  private <F extends SyncFields<F>> SyncAction.Update<F> update(
      ItemPair<F> pair, F fields, Set<Side> targets) {
    return new SyncAction.Update<>(
        pair.id(Side.CRM),
        pair.id(Side.MICROSOFT),
        pair.version(Side.CRM),
        pair.version(Side.MICROSOFT),
        fields,
        targets,
        at);
  }

  private <F extends SyncFields<F>> SyncLink<F> linkAsSeen(ItemPair<F> pair, F fields) {
    return SyncLink.of(
        pair.id(Side.CRM),
        pair.version(Side.CRM),
        pair.id(Side.MICROSOFT),
        pair.version(Side.MICROSOFT),
        fields,
        at);
  }
}
