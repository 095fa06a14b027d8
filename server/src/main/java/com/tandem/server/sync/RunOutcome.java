package com.tandem.server.sync;

/** How a run ended. */
public enum RunOutcome {
  /** Every item was handled (some may have been skipped with a reason). */
  SUCCEEDED,
  /** Deletions were held back for approval; everything else was applied. */
  WAITING_FOR_APPROVAL,
  /** Microsoft throttled the run; it stopped and resumes at the next run. */
  THROTTLED,
  /** The run stopped on an error; what was applied stays, the rest is retried. */
  FAILED,
  /** The Microsoft account needs to be connected again. */
  RECONNECT_REQUIRED,
  /** The resource is switched off or the user has no usable connection: nothing ran. */
  NOT_RUN
}
