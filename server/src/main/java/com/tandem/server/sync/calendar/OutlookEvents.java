package com.tandem.server.sync.calendar;

import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventTime;
import com.tandem.engine.calendar.GraphAttendee;
import com.tandem.engine.calendar.GraphEvent;
import com.tandem.engine.calendar.GraphOccurrence;
import com.tandem.engine.calendar.GraphRecurrence;
import com.tandem.engine.fields.GraphBody;
import com.tandem.engine.fields.GraphDateTime;
import com.tandem.engine.fields.TimeZones;
import com.tandem.graph.model.Attendee;
import com.tandem.graph.model.AttendeeType;
import com.tandem.graph.model.BodyType;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.EmailAddress;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.ItemBody;
import com.tandem.graph.model.Location;
import com.tandem.graph.model.PatternedRecurrence;
import com.tandem.graph.model.RecurrencePattern;
import com.tandem.graph.model.RecurrencePatternType;
import com.tandem.graph.model.RecurrenceRange;
import com.tandem.graph.model.RecurrenceRangeType;
import com.tandem.graph.model.Sensitivity;
import com.tandem.graph.model.ShowAs;
import com.tandem.graph.model.WeekIndex;
import com.tandem.server.sync.resource.GraphEnumWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Converts between the graph client's {@link Event} and the engine's {@link GraphEvent}. A series
 * master read with its occurrence changes brings its cancelled and changed occurrences along; a
 * master write carries neither (its occurrences are written one by one, see {@link
 * OccurrenceWrites}).
 */
final class OutlookEvents {

  private OutlookEvents() {}

  /**
   * The engine's record of an Outlook event.
   *
   * @throws IllegalArgumentException when a property the engine needs is missing or unknown
   */
  static GraphEvent toEngine(Event event) {
    if (event.subject() == null) {
      throw new IllegalArgumentException("it has no subject");
    }
    if (event.start() == null) {
      throw new IllegalArgumentException("it has no start");
    }
    if (event.end() == null) {
      throw new IllegalArgumentException("it has no end");
    }
    boolean allDay = Boolean.TRUE.equals(event.isAllDay());
    return new GraphEvent(
        event.subject(),
        event.body() == null ? null : body(event.body()),
        allDayTime(event.start(), allDay, event.originalStartTimeZone()),
        allDayTime(
            event.end(),
            allDay,
            event.originalEndTimeZone() != null
                ? event.originalEndTimeZone()
                : event.originalStartTimeZone()),
        event.originalStartTimeZone(),
        event.originalEndTimeZone(),
        Boolean.TRUE.equals(event.isAllDay()),
        event.location() == null || event.location().displayName() == null
            ? ""
            : event.location().displayName(),
        event.attendees() == null
            ? List.of()
            : event.attendees().stream().map(OutlookEvents::attendee).toList(),
        Boolean.TRUE.equals(event.isReminderOn()),
        event.reminderMinutesBeforeStart() == null ? 0 : event.reminderMinutesBeforeStart(),
        GraphEnumWords.word(event.showAs()),
        GraphEnumWords.word(event.sensitivity()),
        event.recurrence() == null ? null : recurrence(event.recurrence()),
        event.recurrence() == null || event.cancelledOccurrences() == null
            ? List.of()
            : event.cancelledOccurrences(),
        event.recurrence() == null || event.exceptionOccurrences() == null
            ? List.of()
            : event.exceptionOccurrences().stream().map(OutlookEvents::exception).toList());
  }

  /** The PATCH that gives one occurrence of a series the values of {@code occurrence}. */
  static Event occurrence(ChangedOccurrence occurrence) {
    return Event.builder()
        .subject(occurrence.title())
        .time(time(occurrence.start()), time(occurrence.end()))
        .location(Location.named(occurrence.location()))
        .build();
  }

  private static DateTimeTimeZone time(EventTime time) {
    return time(GraphDateTime.of(time.local(), time.zone()));
  }

  private static GraphOccurrence exception(Event exception) {
    if (exception.originalStart() == null) {
      throw new IllegalArgumentException("an exception of its series has no original start");
    }
    if (exception.start() == null || exception.end() == null) {
      throw new IllegalArgumentException("an exception of its series has no start or end");
    }
    return new GraphOccurrence(
        exception.originalStart().toString(),
        time(exception.start()),
        time(exception.end()),
        exception.subject() == null ? "" : exception.subject(),
        exception.location() == null || exception.location().displayName() == null
            ? ""
            : exception.location().displayName());
  }

  /** The Outlook event to write for the engine's record: every synced property set. */
  static Event toGraph(GraphEvent event) {
    return Event.builder()
        .subject(event.subject())
        .body(
            event.body() == null
                ? ItemBody.text("")
                : new ItemBody(
                    GraphEnumWords.constant(BodyType.class, event.body().contentType()),
                    event.body().content()))
        .time(time(event.start()), time(event.end()))
        .allDay(event.isAllDay())
        .location(Location.named(event.location() == null ? "" : event.location()))
        .attendees(event.attendees().stream().map(OutlookEvents::attendee).toList())
        .showAs(GraphEnumWords.constant(ShowAs.class, event.showAs()))
        .sensitivity(GraphEnumWords.constant(Sensitivity.class, event.sensitivity()))
        .reminder(event.isReminderOn() ? event.reminderMinutesBeforeStart() : null)
        .recurrence(event.recurrence() == null ? null : recurrence(event.recurrence()))
        .build();
  }

  private static GraphBody body(ItemBody body) {
    return new GraphBody(GraphEnumWords.word(body.contentType()), body.content());
  }

  private static GraphDateTime time(DateTimeTimeZone time) {
    return new GraphDateTime(time.dateTime(), time.timeZone());
  }

  /**
   * Graph sends an all-day event's days as midnights, whatever zone they are read in; a time that
   * is not midnight is the instant shown in the asked zone (as the emulator does), so it is shown
   * in the organizer's zone, where it is midnight.
   */
  private static GraphDateTime allDayTime(
      DateTimeTimeZone reported, boolean allDay, String originalZone) {
    GraphDateTime time = time(reported);
    if (!allDay || originalZone == null || time.local().toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return time;
    }
    ZoneId zone = TimeZones.fromMicrosoft(originalZone);
    return GraphDateTime.of(time.instant().atZone(zone).toLocalDateTime(), zone);
  }

  private static DateTimeTimeZone time(GraphDateTime time) {
    return DateTimeTimeZone.of(time.local(), time.timeZone());
  }

  private static GraphAttendee attendee(Attendee attendee) {
    EmailAddress email = attendee.emailAddress();
    if (email == null || email.address() == null || email.address().isBlank()) {
      throw new IllegalArgumentException("an attendee has no e-mail address");
    }
    return new GraphAttendee(
        email.name(),
        email.address(),
        attendee.type() == null ? "required" : GraphEnumWords.word(attendee.type()),
        attendee.status() == null ? null : attendee.status().response());
  }

  private static Attendee attendee(GraphAttendee attendee) {
    return Attendee.of(
        GraphEnumWords.constant(AttendeeType.class, attendee.type()),
        attendee.name(),
        attendee.address());
  }

  private static GraphRecurrence recurrence(PatternedRecurrence recurrence) {
    RecurrencePattern p = recurrence.pattern();
    RecurrenceRange r = recurrence.range();
    if (p == null || r == null || p.type() == null || r.type() == null || r.startDate() == null) {
      throw new IllegalArgumentException("its recurrence lacks a pattern or a range");
    }
    return new GraphRecurrence(
        new GraphRecurrence.Pattern(
            GraphEnumWords.word(p.type()),
            p.interval() == null ? 1 : p.interval(),
            p.month() == null ? 0 : p.month(),
            p.dayOfMonth() == null ? 0 : p.dayOfMonth(),
            p.daysOfWeek() == null
                ? List.of()
                : p.daysOfWeek().stream().map(GraphEnumWords::word).toList(),
            GraphEnumWords.word(p.firstDayOfWeek()),
            GraphEnumWords.word(p.index())),
        new GraphRecurrence.Range(
            GraphEnumWords.word(r.type()),
            r.startDate().toString(),
            r.endDate() == null ? null : r.endDate().toString(),
            r.numberOfOccurrences() == null ? 0 : r.numberOfOccurrences(),
            r.recurrenceTimeZone()));
  }

  private static PatternedRecurrence recurrence(GraphRecurrence recurrence) {
    GraphRecurrence.Pattern p = recurrence.pattern();
    GraphRecurrence.Range r = recurrence.range();
    RecurrencePatternType type = GraphEnumWords.constant(RecurrencePatternType.class, p.type());
    RecurrenceRangeType rangeType = GraphEnumWords.constant(RecurrenceRangeType.class, r.type());
    return PatternedRecurrence.of(
        new RecurrencePattern(
            type,
            p.interval(),
            p.month() == 0 ? null : p.month(),
            p.dayOfMonth() == 0 ? null : p.dayOfMonth(),
            p.daysOfWeek().isEmpty()
                ? null
                : p.daysOfWeek().stream()
                    .map(day -> GraphEnumWords.constant(DayOfWeek.class, day))
                    .toList(),
            type == RecurrencePatternType.WEEKLY
                ? GraphEnumWords.constant(DayOfWeek.class, p.firstDayOfWeek())
                : null,
            relative(type) ? GraphEnumWords.constant(WeekIndex.class, p.index()) : null),
        new RecurrenceRange(
            rangeType,
            LocalDate.parse(r.startDate()),
            rangeType == RecurrenceRangeType.END_DATE ? LocalDate.parse(r.endDate()) : null,
            rangeType == RecurrenceRangeType.NUMBERED ? r.numberOfOccurrences() : null,
            r.recurrenceTimeZone()));
  }

  private static boolean relative(RecurrencePatternType type) {
    return type == RecurrencePatternType.RELATIVE_MONTHLY
        || type == RecurrencePatternType.RELATIVE_YEARLY;
  }
}
