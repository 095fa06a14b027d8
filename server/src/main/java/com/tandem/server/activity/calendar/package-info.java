/**
 * CRM calendar events: the record and its rules (zones, recurrence, occurrences, attendees), its
 * store ({@code calendar_events}), its REST API and the calendar page.
 *
 * <p>An event is a {@link com.tandem.server.activity.VersionedItem} in a {@link
 * com.tandem.server.activity.VersionedStore}: the versions, ETags, tombstones and the change feed
 * come from {@code activity}; this package adds the event's columns, JSON and form.
 */
package com.tandem.server.activity.calendar;
