package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Microsoft To Do list.
 *
 * @param etag {@code @odata.etag}
 * @param id the list's id
 * @param displayName the list's name
 * @param isOwner whether the user owns it
 * @param isShared whether it is shared
 * @param wellknownListName which built-in list it is, if any
 */
public record TodoTaskList(
    @JsonProperty("@odata.etag") String etag,
    String id,
    String displayName,
    @JsonProperty("isOwner") Boolean isOwner,
    @JsonProperty("isShared") Boolean isShared,
    WellknownListName wellknownListName) {

  /** Whether this is the user's built-in default list ("Tasks"). */
  public boolean defaultList() {
    return wellknownListName == WellknownListName.DEFAULT_LIST;
  }
}
