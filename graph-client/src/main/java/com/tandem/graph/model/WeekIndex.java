package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which week of the month a relative recurrence falls in. */
public enum WeekIndex {
  /** Graph's {@code first}. */
  @JsonProperty("first")
  FIRST,
  /** Graph's {@code second}. */
  @JsonProperty("second")
  SECOND,
  /** Graph's {@code third}. */
  @JsonProperty("third")
  THIRD,
  /** Graph's {@code fourth}. */
  @JsonProperty("fourth")
  FOURTH,
  /** Graph's {@code last}. */
  @JsonProperty("last")
  LAST
}
