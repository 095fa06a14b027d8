package com.tandem.server.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The CRM's calendar events per user. Every write is versioned, records its {@link Origin} and
 * appends to the {@link ChangeFeed} in the same transaction; deletes leave a tombstone.
 */
public interface CalendarEvents {

  /** The user's live (not deleted) event with this id. */
  Optional<CalendarEvent> find(long userId, String id);

  /**
   * The user's live events that overlap {@code [from, to)} (either bound may be null), by start; a
   * recurring series counts from its first start to the end of its range.
   */
  List<CalendarEvent> list(long userId, Instant from, Instant to, int offset, int limit);

  /** Creates an event with a new id and version 1. */
  CalendarEvent create(long userId, CalendarEventFields fields, Origin origin);

  /**
   * Creates several events, each with a new id and version 1, in one transaction (sync imports
   * pages of them); returns their ids in the order given.
   */
  List<String> createAll(long userId, List<CalendarEventFields> fields, Origin origin);

  /**
   * Replaces a live event's content; empty when there is none. With a non-null {@code
   * expectedVersion} that is not the current one, throws {@link StaleVersionException}.
   */
  Optional<CalendarEvent> update(
      long userId, String id, CalendarEventFields fields, Origin origin, Long expectedVersion);

  /**
   * Deletes a live event, leaving a tombstone; false when there is none. Checks {@code
   * expectedVersion} like {@link #update}.
   */
  boolean delete(long userId, String id, Origin origin, Long expectedVersion);
}
