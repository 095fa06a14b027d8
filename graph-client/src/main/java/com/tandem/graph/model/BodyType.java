package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a body holds plain text or HTML. */
public enum BodyType {
  /** Plain text. */
  @JsonProperty("text")
  TEXT,
  /** HTML. */
  @JsonProperty("html")
  HTML
}
