package com.tandem.server.activity.tasks;

/** How important a task is. */
public enum TaskPriority {
  HIGH,
  NORMAL,
  LOW
}
