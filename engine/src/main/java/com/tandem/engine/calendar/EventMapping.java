package com.tandem.engine.calendar;

import com.tandem.engine.fields.Body;
import com.tandem.engine.fields.GraphDateTime;
import com.tandem.engine.fields.TimeZones;
import com.tandem.engine.fields.UnknownTimeZoneException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Maps calendar events between the CRM's vocabulary and Outlook's. */
public final class EventMapping {

  private EventMapping() {}

  /** The Outlook event that carries the given CRM event's fields. */
  public static GraphEvent toMicrosoft(EventFields event) {
    ZoneId zone = event.start().zone();
    Recurrence recurrence = event.recurrence();
    return new GraphEvent(
        event.title(),
        event.description().toMicrosoft(),
        GraphDateTime.of(event.start().local(), zone),
        GraphDateTime.of(event.end().local(), event.end().zone()),
        TimeZones.toMicrosoft(zone),
        TimeZones.toMicrosoft(event.end().zone()),
        event.allDay(),
        event.location(),
        event.attendees().stream().map(EventMapping::attendee).toList(),
        event.reminderMinutes() != null,
        event.reminderMinutes() == null ? 0 : event.reminderMinutes(),
        GraphEnums.toGraph(event.showAs()),
        event.isPrivate() ? "private" : "normal",
        recurrence == null ? null : RecurrenceMapping.toMicrosoft(recurrence, zone),
        recurrence == null
            ? List.of()
            : recurrence.cancelledOccurrences().stream().sorted().map(LocalDate::toString).toList(),
        recurrence == null
            ? List.of()
            : recurrence.changedOccurrences().stream()
                .map(o -> occurrence(o, event.start()))
                .toList());
  }

  /**
   * The CRM fields of the given Outlook event, with times in the zones the organizer chose.
   *
   * @throws UnknownTimeZoneException for a zone that is neither a Windows name nor an IANA id
   * @throws IllegalArgumentException for other values Graph does not define
   */
  public static EventFields fromMicrosoft(GraphEvent event) {
    ZoneId startZone = zone(event.originalStartTimeZone(), event.start());
    ZoneId endZone =
        event.originalEndTimeZone() == null
            ? startZone
            : TimeZones.fromMicrosoft(event.originalEndTimeZone());
    EventTime start = time(event.start(), startZone, event.isAllDay());
    Recurrence recurrence = null;
    if (event.recurrence() != null) {
      Set<LocalDate> cancelled = new TreeSet<>();
      event.cancelledOccurrences().forEach(c -> cancelled.add(RecurrenceMapping.cancelledDate(c)));
      List<ChangedOccurrence> changed =
          event.exceptionOccurrences().stream().map(o -> changedOccurrence(o, startZone)).toList();
      recurrence = RecurrenceMapping.fromMicrosoft(event.recurrence(), cancelled, changed);
    }
    return new EventFields(
        event.subject(),
        Body.fromMicrosoft(event.body()),
        start,
        time(event.end(), endZone, event.isAllDay()),
        event.isAllDay(),
        event.location(),
        event.attendees().stream().map(EventMapping::attendee).toList(),
        event.isReminderOn() ? event.reminderMinutesBeforeStart() : null,
        GraphEnums.fromGraph(ShowAs.class, event.showAs(), "showAs"),
        isPrivate(event.sensitivity()),
        recurrence);
  }

  private static ZoneId zone(String originalZone, GraphDateTime reported) {
    return originalZone == null ? reported.zone() : TimeZones.fromMicrosoft(originalZone);
  }

  private static EventTime time(GraphDateTime reported, ZoneId zone, boolean allDay) {
    // All-day events float: midnight stays midnight whatever zone they are read in.
    return allDay ? new EventTime(reported.local(), zone) : inZone(reported, zone);
  }

  private static EventTime inZone(GraphDateTime reported, ZoneId zone) {
    ZoneId reportedZone = reported.zone();
    EventTime asReported = new EventTime(reported.local(), reportedZone);
    // Converting only when the zones differ keeps a wall-clock time that a DST gap skips.
    return reportedZone.equals(zone) ? asReported : asReported.in(zone);
  }

  private static GraphAttendee attendee(Attendee a) {
    String response =
        a.response() == Attendee.Response.TENTATIVE
            ? "tentativelyAccepted"
            : GraphEnums.toGraph(a.response());
    return new GraphAttendee(a.name(), a.address(), GraphEnums.toGraph(a.type()), response);
  }

  private static Attendee attendee(GraphAttendee a) {
    Attendee.Response response =
        "tentativelyAccepted".equalsIgnoreCase(a.response())
            ? Attendee.Response.TENTATIVE
            : GraphEnums.fromGraph(Attendee.Response.class, a.response(), "attendee response");
    return new Attendee(
        a.name(),
        a.address(),
        GraphEnums.fromGraph(Attendee.Type.class, a.type(), "attendee type"),
        response);
  }

  private static boolean isPrivate(String sensitivity) {
    return switch (sensitivity) {
      case "private", "confidential" -> true;
      case "normal", "personal" -> false;
      default -> throw new IllegalArgumentException("unknown sensitivity in Graph: " + sensitivity);
    };
  }

  private static GraphOccurrence occurrence(ChangedOccurrence o, EventTime seriesStart) {
    Instant originalStart =
        o.originalDate()
            .atTime(seriesStart.local().toLocalTime())
            .atZone(seriesStart.zone())
            .toInstant();
    return new GraphOccurrence(
        originalStart.toString(),
        GraphDateTime.of(o.start().local(), o.start().zone()),
        GraphDateTime.of(o.end().local(), o.end().zone()),
        o.title(),
        o.location());
  }

  private static ChangedOccurrence changedOccurrence(GraphOccurrence o, ZoneId seriesZone) {
    Instant originalStart;
    try {
      originalStart = Instant.parse(o.originalStart());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an instant in Graph: " + o.originalStart(), e);
    }
    return new ChangedOccurrence(
        originalStart.atZone(seriesZone).toLocalDate(),
        inZone(o.start(), seriesZone),
        inZone(o.end(), seriesZone),
        o.subject(),
        o.location());
  }
}
