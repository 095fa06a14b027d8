package com.tandem.engine.tasks;

/** A CRM task's status. */
public enum TaskStatus {
  /** Not started (To Do {@code notStarted}). */
  OPEN,
  /** Started (To Do {@code inProgress}, {@code waitingOnOthers} or {@code deferred}). */
  IN_PROGRESS,
  /** Done (To Do {@code completed}). */
  CLOSED
}
