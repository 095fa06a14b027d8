package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an event is a single one or part of a recurring series. */
public enum EventType {
  /** Graph's {@code singleInstance}. */
  @JsonProperty("singleInstance")
  SINGLE_INSTANCE,
  /** Graph's {@code occurrence}. */
  @JsonProperty("occurrence")
  OCCURRENCE,
  /** Graph's {@code exception}. */
  @JsonProperty("exception")
  EXCEPTION,
  /** Graph's {@code seriesMaster}. */
  @JsonProperty("seriesMaster")
  SERIES_MASTER
}
