package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an attendee is invited. */
public enum AttendeeType {
  /** Must attend. */
  @JsonProperty("required")
  REQUIRED,
  /** May attend. */
  @JsonProperty("optional")
  OPTIONAL,
  /** A room or piece of equipment. */
  @JsonProperty("resource")
  RESOURCE
}
