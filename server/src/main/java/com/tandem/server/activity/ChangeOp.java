package com.tandem.server.activity;

/** What happened to an item: created or changed, or deleted (a tombstone). */
public enum ChangeOp {
  UPSERT,
  DELETE
}
