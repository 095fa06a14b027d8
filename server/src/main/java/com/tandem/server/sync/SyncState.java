package com.tandem.server.sync;

/** Where a connection's resource stands, as people see it. */
public enum SyncState {
  /** Waiting for its next run. */
  IDLE,
  /** A run is going on. */
  RUNNING,
  /** Microsoft asked Tandem to slow down; the next run waits for the time it named. */
  THROTTLED,
  /** A run held deletions back; nothing more happens until they are approved or discarded. */
  WAITING_FOR_APPROVAL,
  /** The last run failed; the next run tries again. */
  FAILED,
  /** The Microsoft account must be connected again before anything syncs. */
  RECONNECT_REQUIRED
}
