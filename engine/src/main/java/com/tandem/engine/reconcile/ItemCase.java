package com.tandem.engine.reconcile;

/** The rows of the product's case table: how an item stands on both sides since its last sync. */
enum ItemCase {
  UNCHANGED,
  NEW_IN_CRM,
  NEW_IN_MICROSOFT,
  NEW_ON_BOTH,
  CHANGED_IN_CRM,
  CHANGED_IN_MICROSOFT,
  CHANGED_ON_BOTH,
  DELETED_IN_CRM,
  DELETED_IN_MICROSOFT,
  DELETED_IN_CRM_CHANGED_IN_MICROSOFT,
  DELETED_IN_MICROSOFT_CHANGED_IN_CRM,
  DELETED_ON_BOTH
}
