package com.tandem.graph.model;

import java.util.Objects;

/**
 * A MAPI property stored on an Outlook item, such as the CRM id Tandem stamps on events.
 *
 * @param id the property id, e.g. {@code String {guid} Name Tandem.CrmId}
 * @param value the value as text
 */
public record SingleValueExtendedProperty(String id, String value) {

  /** Checks that both parts are present. */
  public SingleValueExtendedProperty {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(value, "value == null");
  }
}
