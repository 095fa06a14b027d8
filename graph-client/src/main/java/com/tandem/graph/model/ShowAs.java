package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an event shows in the owner's free/busy time. */
public enum ShowAs {
  /** Graph's {@code free}. */
  @JsonProperty("free")
  FREE,
  /** Graph's {@code tentative}. */
  @JsonProperty("tentative")
  TENTATIVE,
  /** Graph's {@code busy}. */
  @JsonProperty("busy")
  BUSY,
  /** Graph's {@code oof}. */
  @JsonProperty("oof")
  OOF,
  /** Graph's {@code workingElsewhere}. */
  @JsonProperty("workingElsewhere")
  WORKING_ELSEWHERE,
  /** Graph's {@code unknown}. */
  @JsonProperty("unknown")
  UNKNOWN
}
