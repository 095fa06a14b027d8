package com.tandem.server.activity;

import java.util.function.LongSupplier;

/** Reads an {@code If-Match} header against our ETags, which are the quoted version numbers. */
final class IfMatch {

  /** A version no item has, so that a tag matching nothing fails the store's version check. */
  static final long NO_MATCH = -1;

  private IfMatch() {}

  /** The ETag of a version. */
  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version a write must find, or null for an unconditional write (no header, or {@code *});
   * several tags match when one of them is the current version.
   */
  static Long expectedVersion(String header, LongSupplier currentVersion) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    String[] tags = header.split(",");
    if (tags.length == 1) {
      return version(tags[0]);
    }
    long current = currentVersion.getAsLong();
    for (String tag : tags) {
      if (version(tag) == current) {
        return current;
      }
    }
    return NO_MATCH;
  }

  private static long version(String tag) {
    String t = tag.trim();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    if (t.length() < 3 || !t.startsWith("\"") || !t.endsWith("\"")) {
      return NO_MATCH;
    }
    try {
      return Long.parseLong(t.substring(1, t.length() - 1));
    } catch (NumberFormatException e) {
      return NO_MATCH;
    }
  }
}
