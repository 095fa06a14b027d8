package com.tandem.server.sync;

import com.tandem.server.activity.ChangeType;

/**
 * The names of what a connection syncs, each with its own cursors, links and runs; what each is
 * lies in its {@code sync.resource.SyncedResource}.
 */
public enum SyncResource {
  /** CRM calendar events and the user's Outlook calendar. */
  CALENDAR(ChangeType.CALENDAR_EVENT),
  /** CRM tasks and a Microsoft To Do list (the user's default list). */
  TASKS(ChangeType.TASK),
  /** CRM emails and the user's mailbox folders (not synced by this server yet). */
  EMAIL(ChangeType.EMAIL);

  private final ChangeType changeType;

  SyncResource(ChangeType changeType) {
    this.changeType = changeType;
  }

  /** The kind of change-feed entry this resource reads. */
  public ChangeType changeType() {
    return changeType;
  }
}
