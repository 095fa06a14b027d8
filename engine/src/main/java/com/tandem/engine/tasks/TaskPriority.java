package com.tandem.engine.tasks;

/** A CRM task's priority (To Do's importance). */
public enum TaskPriority {
  /** To Do {@code high}. */
  HIGH,
  /** To Do {@code normal}. */
  NORMAL,
  /** To Do {@code low}. */
  LOW
}
