package com.tandem.emulator.graph;

import java.util.Set;

/** The permissions (scopes or roles) that allow each kind of operation. */
public enum Permission {
  /** Read calendars. */
  CALENDAR_READ(
      "Calendars.Read", "Calendars.ReadWrite", "Calendars.ReadBasic", "Calendars.ReadBasic.All"),
  /** Write calendars. */
  CALENDAR_WRITE("Calendars.ReadWrite"),
  /** Read To Do. */
  TASKS_READ("Tasks.Read", "Tasks.ReadWrite", "Tasks.Read.All", "Tasks.ReadWrite.All"),
  /** Write To Do. */
  TASKS_WRITE("Tasks.ReadWrite", "Tasks.ReadWrite.All"),
  /** Read mail. */
  MAIL_READ("Mail.Read", "Mail.ReadWrite", "Mail.ReadBasic", "Mail.ReadBasic.All"),
  /** Write mail. */
  MAIL_WRITE("Mail.ReadWrite"),
  /** Send mail. */
  MAIL_SEND("Mail.Send"),
  /** Read a user's profile. */
  USER_READ("User.Read", "User.ReadBasic.All", "User.Read.All", "Directory.Read.All");

  private final Set<String> names;

  Permission(String... names) {
    this.names = Set.of(names);
  }

  /** The permission names that satisfy this. */
  public Set<String> names() {
    return names;
  }
}
