package com.tandem.engine.calendar;

import com.tandem.engine.fields.Body;
import com.tandem.engine.fields.Canonical;
import com.tandem.engine.reconcile.SyncFields;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A calendar event's synced fields in the CRM's vocabulary (IANA zones).
 *
 * @param title the title (Outlook subject)
 * @param description the description (Outlook body), text or HTML
 * @param start when it starts
 * @param end when it ends
 * @param allDay whether it is an all-day event (start and end at midnight)
 * @param location the location's display name (may be empty)
 * @param attendees who is invited
 * @param reminderMinutes minutes before the start to remind, or null for no reminder
 * @param showAs how it shows in free/busy views
 * @param isPrivate whether it is private (Outlook sensitivity)
 * @param recurrence its series, or null for a single event
 */
public record EventFields(
    String title,
    Body description,
    EventTime start,
    EventTime end,
    boolean allDay,
    String location,
    List<Attendee> attendees,
    Integer reminderMinutes,
    ShowAs showAs,
    boolean isPrivate,
    Recurrence recurrence)
    implements SyncFields<EventFields> {

  /** Checks the arguments; missing texts are empty, missing attendees none. */
  public EventFields {
    Objects.requireNonNull(title, "title == null");
    description = description == null ? Body.empty() : description;
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (end.instant().isBefore(start.instant())) {
      throw new IllegalArgumentException("an event cannot end before it starts");
    }
    location = location == null ? "" : location;
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
    if (reminderMinutes != null && reminderMinutes < 0) {
      throw new IllegalArgumentException("reminderMinutes must not be negative");
    }
    showAs = showAs == null ? ShowAs.BUSY : showAs;
  }

  /** A busy, public, single event with only a title and times. */
  public static EventFields of(String title, EventTime start, EventTime end) {
    return new EventFields(
        title, Body.empty(), start, end, false, "", List.of(), null, ShowAs.BUSY, false, null);
  }

  /** This event with another title. */
  public EventFields withTitle(String newTitle) {
    return new EventFields(
        newTitle,
        description,
        start,
        end,
        allDay,
        location,
        attendees,
        reminderMinutes,
        showAs,
        isPrivate,
        recurrence);
  }

  /** This event with another location. */
  public EventFields withLocation(String newLocation) {
    return new EventFields(
        title,
        description,
        start,
        end,
        allDay,
        newLocation,
        attendees,
        reminderMinutes,
        showAs,
        isPrivate,
        recurrence);
  }

  /** This event with another description. */
  public EventFields withDescription(Body newDescription) {
    return new EventFields(
        title,
        newDescription,
        start,
        end,
        allDay,
        location,
        attendees,
        reminderMinutes,
        showAs,
        isPrivate,
        recurrence);
  }

  /** This event with other attendees. */
  public EventFields withAttendees(List<Attendee> newAttendees) {
    return new EventFields(
        title,
        description,
        start,
        end,
        allDay,
        location,
        newAttendees,
        reminderMinutes,
        showAs,
        isPrivate,
        recurrence);
  }

  /** This event with another series, or none. */
  public EventFields withRecurrence(Recurrence newRecurrence) {
    return new EventFields(
        title,
        description,
        start,
        end,
        allDay,
        location,
        attendees,
        reminderMinutes,
        showAs,
        isPrivate,
        newRecurrence);
  }

  @Override
  public SortedMap<String, String> canonicalFields() {
    SortedMap<String, String> fields = new TreeMap<>();
    fields.put("title", Canonical.text(title));
    fields.put("description", description.canonical());
    fields.put("start", allDay ? start.local().toLocalDate().toString() : start.canonical());
    fields.put("end", allDay ? end.local().toLocalDate().toString() : end.canonical());
    fields.put("allDay", Boolean.toString(allDay));
    fields.put("location", Canonical.text(location));
    fields.put(
        "attendees",
        attendees.stream().map(Attendee::canonical).sorted().collect(Collectors.joining(",")));
    fields.put("reminderMinutes", Canonical.value(reminderMinutes));
    fields.put("showAs", showAs.name());
    fields.put("isPrivate", Boolean.toString(isPrivate));
    fields.put("recurrence", recurrence == null ? "" : recurrence.canonical());
    return fields;
  }

  @Override
  public EventFields withFieldsOf(EventFields other, Set<String> names) {
    // allDay travels with start and end: the three only make sense together.
    boolean times = names.contains("start") || names.contains("end") || names.contains("allDay");
    return new EventFields(
        names.contains("title") ? other.title : title,
        names.contains("description") ? other.description : description,
        times ? other.start : start,
        times ? other.end : end,
        times ? other.allDay : allDay,
        names.contains("location") ? other.location : location,
        names.contains("attendees") ? other.attendees : attendees,
        names.contains("reminderMinutes") ? other.reminderMinutes : reminderMinutes,
        names.contains("showAs") ? other.showAs : showAs,
        names.contains("isPrivate") ? other.isPrivate : isPrivate,
        names.contains("recurrence") ? other.recurrence : recurrence);
  }

  @Override
  public String matchKey() {
    return Canonical.text(title).toLowerCase(Locale.ROOT)
        + "|"
        + Canonical.instant(start.instant())
        + "|"
        + Canonical.instant(end.instant());
  }
}
