package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may see an event's details. */
public enum Sensitivity {
  /** Graph's {@code normal}. */
  @JsonProperty("normal")
  NORMAL,
  /** Graph's {@code personal}. */
  @JsonProperty("personal")
  PERSONAL,
  /** Graph's {@code private}. */
  @JsonProperty("private")
  PRIVATE,
  /** Graph's {@code confidential}. */
  @JsonProperty("confidential")
  CONFIDENTIAL
}
