package com.tandem.engine.reconcile;

import java.util.Set;

/**
 * One item as this run sees it: its link (if any) and what each side reported.
 *
 * @param link the recorded link, or null for an unlinked item
 * @param crm the CRM item's current state, or null when not reported or deleted
 * @param crmDeleted whether the CRM reported it deleted
 * @param microsoft the Microsoft item's current state, or null when not reported or deleted
 * @param microsoftDeleted whether Microsoft reported it deleted
 * @param notWritten sides a pending update has not written yet: they hold nothing new and still
 *     need the link's fields
 * @param relinked whether the link now points at a re-created Microsoft copy instead of the deleted
 *     item it recorded, so that the new link must be recorded whatever is decided
 */
record ItemPair<F extends SyncFields<F>>(
    SyncLink<F> link,
    ItemState<F> crm,
    boolean crmDeleted,
    ItemState<F> microsoft,
    boolean microsoftDeleted,
    Set<Side> notWritten,
    boolean relinked) {

  /** A pair whose link is as recorded. */
  ItemPair(
      SyncLink<F> link,
      ItemState<F> crm,
      boolean crmDeleted,
      ItemState<F> microsoft,
      boolean microsoftDeleted,
      Set<Side> notWritten) {
    this(link, crm, crmDeleted, microsoft, microsoftDeleted, notWritten, false);
  }

  ItemState<F> item(Side side) {
    return side == Side.CRM ? crm : microsoft;
  }

  boolean deleted(Side side) {
    return side == Side.CRM ? crmDeleted : microsoftDeleted;
  }

  /** The side's state: {@code UNCHANGED}, {@code TOUCHED}, {@code CHANGED} or {@code DELETED}. */
  SideState state(Side side) {
    if (deleted(side)) {
      return SideState.DELETED;
    }
    ItemState<F> item = item(side);
    if (item == null) {
      return SideState.UNCHANGED;
    }
    boolean versionMoved = !item.version().equals(link.version(side));
    // Exchange bumps versions without edits, so a change needs new content too.
    boolean contentChanged = !item.hash().equals(link.hash());
    if (versionMoved && contentChanged) {
      return SideState.CHANGED;
    }
    return versionMoved ? SideState.TOUCHED : SideState.UNCHANGED;
  }

  /** The side's current fields: as reported, else as last synced. */
  F current(Side side) {
    ItemState<F> item = item(side);
    return item != null ? item.fields() : link.synced();
  }

  /** The side's current version: as reported, else as last synced. */
  String version(Side side) {
    ItemState<F> item = item(side);
    return item != null ? item.version() : link.version(side);
  }

  /**
   * The link with the versions this run saw on each side: a delete decided on what was seen must
   * expect that version (If-Match), not the one of the last sync, which a touch or an edit moved.
   */
  SyncLink<F> linkAsSeen() {
    return new SyncLink<>(
        link.crmId(),
        version(Side.CRM),
        link.microsoftId(),
        version(Side.MICROSOFT),
        link.synced(),
        link.hash(),
        link.syncedAt(),
        link.pending());
  }

  String id(Side side) {
    ItemState<F> item = item(side);
    return item != null ? item.id() : link.id(side);
  }

  enum SideState {
    UNCHANGED,
    TOUCHED,
    CHANGED,
    DELETED
  }
}
