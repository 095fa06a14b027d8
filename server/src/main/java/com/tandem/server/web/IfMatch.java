package com.tandem.server.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code If-Match} precondition of a request, against the version numbers that make Tandem's
 * ETags ({@code "7"}). An absent header or {@code *} matches every version.
 */
public record IfMatch(List<String> tags) {

  private static final IfMatch ANY = new IfMatch(List.of());

  public IfMatch {
    tags = List.copyOf(tags);
  }

  /** Reads the header; null or blank means no precondition. */
  public static IfMatch parse(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return ANY;
    }
    List<String> tags = new ArrayList<>();
    for (String part : header.split(",")) {
      String tag = part.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      tags.add(tag);
    }
    return new IfMatch(tags);
  }

  /** No precondition at all. */
  public static IfMatch any() {
    return ANY;
  }

  /** The ETag header value for a version. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version a write must find, for a store that checks versions itself: null when any will do,
   * the current one when a tag names it, else a version no item has (so the check fails).
   */
  public Long expectedVersion(long currentVersion) {
    if (tags.isEmpty()) {
      return null;
    }
    return tags.contains(etag(currentVersion)) ? currentVersion : NO_MATCH;
  }

  /** A version no item has. */
  static final long NO_MATCH = -1;

  /** Throws a 412 unless the stored version is one the caller expects. */
  public void require(long currentVersion) {
    if (!tags.isEmpty() && !tags.contains(etag(currentVersion))) {
      throw new PreconditionFailedException(
          "The resource changed since you read it (ETag " + etag(currentVersion) + ").");
    }
  }
}
