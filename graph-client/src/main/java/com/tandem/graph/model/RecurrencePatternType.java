package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a recurring event repeats. */
public enum RecurrencePatternType {
  /** Graph's {@code daily}. */
  @JsonProperty("daily")
  DAILY,
  /** Graph's {@code weekly}. */
  @JsonProperty("weekly")
  WEEKLY,
  /** Graph's {@code absoluteMonthly}. */
  @JsonProperty("absoluteMonthly")
  ABSOLUTE_MONTHLY,
  /** Graph's {@code relativeMonthly}. */
  @JsonProperty("relativeMonthly")
  RELATIVE_MONTHLY,
  /** Graph's {@code absoluteYearly}. */
  @JsonProperty("absoluteYearly")
  ABSOLUTE_YEARLY,
  /** Graph's {@code relativeYearly}. */
  @JsonProperty("relativeYearly")
  RELATIVE_YEARLY
}
