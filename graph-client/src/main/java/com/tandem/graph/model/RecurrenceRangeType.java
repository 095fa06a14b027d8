package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a recurrence ends. */
public enum RecurrenceRangeType {
  /** Graph's {@code endDate}. */
  @JsonProperty("endDate")
  END_DATE,
  /** Graph's {@code noEnd}. */
  @JsonProperty("noEnd")
  NO_END,
  /** Graph's {@code numbered}. */
  @JsonProperty("numbered")
  NUMBERED
}
