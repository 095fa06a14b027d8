package com.tandem.graph.model;

/**
 * Where an event takes place.
 *
 * @param displayName the name shown to people
 * @param locationType e.g. {@code default}, {@code conferenceRoom}
 * @param uniqueId an id for the location, read-only
 * @param uniqueIdType how the id was made, read-only
 */
public record Location(
    String displayName, String locationType, String uniqueId, String uniqueIdType) {

  /** A location known only by its name. */
  public static Location named(String displayName) {
    if (displayName == null) {
      throw new IllegalArgumentException("displayName == null");
    }
    return new Location(displayName, null, null, null);
  }
}
