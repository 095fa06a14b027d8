package com.tandem.server.activity;

/** A page of a list: skip {@code offset} items, return at most {@code limit}. */
record Paging(int offset, int limit) {

  /** The largest page the API returns. */
  static final int MAX_LIMIT = 500;

  /** Checks the request parameters, naming the bad one. */
  static Paging of(int offset, int limit, ProblemMessages messages) {
    if (offset < 0) {
      throw messages.invalidParameter("offset", "notNegative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw messages.invalidParameter("limit", "outOfRange", 1, MAX_LIMIT);
    }
    return new Paging(offset, limit);
  }
}
