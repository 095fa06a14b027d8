package com.tandem.server.activity;

/** The kinds of item the change feed reports. */
public enum ChangeType {
  CALENDAR_EVENT,
  TASK,
  EMAIL
}
