package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which built-in To Do list a list is, if any. */
public enum WellknownListName {
  /** Graph's {@code none}. */
  @JsonProperty("none")
  NONE,
  /** Graph's {@code defaultList}. */
  @JsonProperty("defaultList")
  DEFAULT_LIST,
  /** Graph's {@code flaggedEmails}. */
  @JsonProperty("flaggedEmails")
  FLAGGED_EMAILS
}
