package com.tandem.server.activity.calendar;

import com.tandem.server.activity.Origin;
import com.tandem.server.activity.VersionedItem;
import java.time.Instant;
import java.util.Objects;

/** A stored calendar event: its id, owner, content, version and the origin of its last write. */
public record CalendarEvent(
    String id,
    long userId,
    CalendarEventFields fields,
    long version,
    Instant updatedAt,
    Origin lastOrigin)
    implements VersionedItem<CalendarEventFields> {

  public CalendarEvent {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(fields, "fields == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    Objects.requireNonNull(lastOrigin, "lastOrigin == null");
  }

  /** The user whose event it is. */
  @Override
  public long ownerId() {
    return userId;
  }
}
