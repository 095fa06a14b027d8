package com.tandem.engine.reconcile;

import com.tandem.engine.reconcile.ItemPair.SideState;

/** Puts an item into its row of the case table. */
final class Classifier {

  private Classifier() {}

  static ItemCase classify(ItemPair<?> pair) {
    if (pair.link() == null) {
      if (pair.crm() != null && pair.microsoft() != null) {
        return ItemCase.NEW_ON_BOTH;
      }
      return pair.crm() != null ? ItemCase.NEW_IN_CRM : ItemCase.NEW_IN_MICROSOFT;
    }
    SideState crm = pair.state(Side.CRM);
    SideState microsoft = pair.state(Side.MICROSOFT);
    boolean crmChanged = crm == SideState.CHANGED;
    boolean microsoftChanged = microsoft == SideState.CHANGED;
    boolean crmDeleted = crm == SideState.DELETED;
    boolean microsoftDeleted = microsoft == SideState.DELETED;
    if (crmDeleted && microsoftDeleted) {
      return ItemCase.DELETED_ON_BOTH;
    }
    if (crmDeleted) {
      return microsoftChanged
          ? ItemCase.DELETED_IN_CRM_CHANGED_IN_MICROSOFT
          : ItemCase.DELETED_IN_CRM;
    }
    if (microsoftDeleted) {
      return crmChanged
          ? ItemCase.DELETED_IN_MICROSOFT_CHANGED_IN_CRM
          : ItemCase.DELETED_IN_MICROSOFT;
    }
    if (crmChanged && microsoftChanged) {
      return ItemCase.CHANGED_ON_BOTH;
    }
    if (crmChanged) {
      return ItemCase.CHANGED_IN_CRM;
    }
    return microsoftChanged ? ItemCase.CHANGED_IN_MICROSOFT : ItemCase.UNCHANGED;
  }
}
