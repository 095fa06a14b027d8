package com.tandem.graph.model;

import java.util.Objects;

/**
 * A link from a To Do task to an item in another application, such as the CRM record.
 *
 * @param id the link's id, read-only
 * @param applicationName the other application's name
 * @param displayName the text shown for the link
 * @param externalId the item's id in the other application (the CRM id)
 * @param webUrl the item's address
 */
public record LinkedResource(
    String id, String applicationName, String displayName, String externalId, String webUrl) {

  /** A link to create, carrying the other application's id for the item. */
  public static LinkedResource of(
      String applicationName, String displayName, String externalId, String webUrl) {
    Objects.requireNonNull(applicationName, "applicationName == null");
    Objects.requireNonNull(externalId, "externalId == null");
    return new LinkedResource(null, applicationName, displayName, externalId, webUrl);
  }
}
