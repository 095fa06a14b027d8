package com.tandem.server.sync.store;

/**
 * Deletions a run held back because they exceeded {@code sync.max_delete_percent}. A decision is
 * recorded here and carried out by the connection's next run.
 */
public interface HoldDecisions {

  /** Lets the held deletions go ahead. Throws when the hold is unknown or already decided. */
  void approve(long userId, long holdId, long decidedBy);

  /** Keeps the items: the next run re-creates them where they were deleted. */
  void discard(long userId, long holdId, long decidedBy);
}
