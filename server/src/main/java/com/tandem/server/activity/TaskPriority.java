package com.tandem.server.activity;

/** How important a task is. */
public enum TaskPriority {
  HIGH,
  NORMAL,
  LOW
}
