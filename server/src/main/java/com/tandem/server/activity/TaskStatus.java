package com.tandem.server.activity;

/** Where a task stands. */
public enum TaskStatus {
  OPEN,
  IN_PROGRESS,
  CLOSED
}
