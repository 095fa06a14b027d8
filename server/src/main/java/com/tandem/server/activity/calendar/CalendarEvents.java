package com.tandem.server.activity.calendar;

import com.tandem.server.activity.VersionedStore;
import java.time.Instant;
import java.util.List;

/** The CRM's calendar events per user. */
public interface CalendarEvents extends VersionedStore<CalendarEventFields, CalendarEvent> {

  /**
   * The user's live events that overlap {@code [from, to)} (either bound may be null), by start; a
   * recurring series counts from its first start to the end of its range.
   */
  List<CalendarEvent> list(long userId, Instant from, Instant to, int offset, int limit);
}
