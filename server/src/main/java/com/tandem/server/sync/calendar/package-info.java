/**
 * The calendar resource: CRM calendar events and the user's Outlook calendar over the sync window.
 *
 * <p>Converts events both ways (zones, recurrence, attendees, bodies), reads Outlook through {@code
 * calendarView/delta}, writes a series' changed and cancelled occurrences after its master, and
 * remembers which series each occurrence id belongs to ({@code sync_occurrences}) so that a deleted
 * series is recognised from its occurrences.
 *
 * <p>Depends on {@code sync.resource} and the activity feature's calendar events; nothing depends
 * on it but Spring, which hands {@link com.tandem.server.sync.calendar.CalendarResource} to {@code
 * sync.resource.SyncedResources}.
 */
package com.tandem.server.sync.calendar;
