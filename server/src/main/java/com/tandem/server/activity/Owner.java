package com.tandem.server.activity;

/**
 * Whose the items of a kind are: one user's (events, tasks) or a whole organization's (contacts).
 * The owner's id scopes every read and write of the kind, and the change feed shows the change to
 * whoever may read the owner's items.
 */
public enum Owner {
  USER("user_id"),
  ORGANIZATION("organization_id");

  /** The column that holds the owner's id, in the kind's table and in the change feed. */
  final String column;

  Owner(String column) {
    this.column = column;
  }
}
