package com.tandem.server.activity.tasks;

import com.tandem.server.activity.Origin;
import com.tandem.server.activity.VersionedItem;
import java.time.Instant;
import java.util.Objects;

/** A stored task: its id, owner, content, version and the origin of its last write. */
public record Task(
    String id, long userId, TaskFields fields, long version, Instant updatedAt, Origin lastOrigin)
    implements VersionedItem<TaskFields> {

  public Task {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(fields, "fields == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    Objects.requireNonNull(lastOrigin, "lastOrigin == null");
  }

  /** The user whose task it is. */
  @Override
  public long ownerId() {
    return userId;
  }
}
