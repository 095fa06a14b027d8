package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The progress of a To Do task. */
public enum TaskStatus {
  /** Graph's {@code notStarted}. */
  @JsonProperty("notStarted")
  NOT_STARTED,
  /** Graph's {@code inProgress}. */
  @JsonProperty("inProgress")
  IN_PROGRESS,
  /** Graph's {@code completed}. */
  @JsonProperty("completed")
  COMPLETED,
  /** Graph's {@code waitingOnOthers}. */
  @JsonProperty("waitingOnOthers")
  WAITING_ON_OTHERS,
  /** Graph's {@code deferred}. */
  @JsonProperty("deferred")
  DEFERRED
}
