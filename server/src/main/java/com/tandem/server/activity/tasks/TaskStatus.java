package com.tandem.server.activity.tasks;

/** Where a task stands. */
public enum TaskStatus {
  OPEN,
  IN_PROGRESS,
  CLOSED
}
