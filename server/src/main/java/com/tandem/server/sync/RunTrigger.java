package com.tandem.server.sync;

/** What started a run. */
public enum RunTrigger {
  /** The connection's interval came round. */
  SCHEDULE,
  /** Someone clicked Sync now or called the API. */
  SYNC_NOW,
  /** An administrator approved or discarded held deletions. */
  APPROVAL
}
