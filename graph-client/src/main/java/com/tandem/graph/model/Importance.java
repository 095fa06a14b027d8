package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How important an item is. */
public enum Importance {
  /** Graph's {@code low}. */
  @JsonProperty("low")
  LOW,
  /** Graph's {@code normal}. */
  @JsonProperty("normal")
  NORMAL,
  /** Graph's {@code high}. */
  @JsonProperty("high")
  HIGH
}
