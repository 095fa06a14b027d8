package com.tandem.server.sync;

import com.tandem.server.activity.ChangeType;

/** What a connection syncs, each with its own cursors, links and runs. */
public enum SyncResource {
  /** CRM calendar events and the user's Outlook calendar. */
  CALENDAR(ChangeType.CALENDAR_EVENT),
  /** CRM tasks and a Microsoft To Do list (the user's default list). */
  TASKS(ChangeType.TASK);

  private final ChangeType changeType;

  SyncResource(ChangeType changeType) {
    this.changeType = changeType;
  }

  /** The kind of change-feed entry this resource reads. */
  public ChangeType changeType() {
    return changeType;
  }
}
