package com.tandem.engine.reconcile;

/** How a bidirectional sync settles an item changed on both sides. */
public enum ConflictPolicy {
  /** The CRM's version is kept. */
  CRM_WINS,
  /** Microsoft's version is kept. */
  MICROSOFT_WINS,
  /** The version modified last is kept; a tie goes to the CRM. */
  MOST_RECENT,
  /** Each side's changed fields are applied; a field changed on both takes the CRM's value. */
  MERGE_FIELDS
}
