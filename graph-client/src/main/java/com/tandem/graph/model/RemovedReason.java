package com.tandem.graph.model;

/** Why a delta reported an item as removed. */
public enum RemovedReason {
  /** Gone from the caller's view but may come back (e.g. moved or out of the window). */
  CHANGED,
  /** Deleted, or for calendar views possibly just out of the window: check before deleting. */
  DELETED;

  /** Reads Graph's reason; unknown reasons count as {@link #CHANGED}, which is never final. */
  public static RemovedReason of(String reason) {
    return "deleted".equalsIgnoreCase(reason) ? DELETED : CHANGED;
  }
}
