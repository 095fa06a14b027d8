package com.tandem.server.activity.tasks;

import com.tandem.server.activity.VersionedStore;
import java.util.List;

/** The CRM's tasks per user. */
public interface Tasks extends VersionedStore<TaskFields, Task> {

  /** The user's live tasks, optionally only those with one status; open ones by due date first. */
  List<Task> list(long userId, TaskStatus status, int offset, int limit);
}
