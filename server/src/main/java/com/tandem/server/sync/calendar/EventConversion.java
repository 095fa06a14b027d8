package com.tandem.server.sync.calendar;

import com.tandem.engine.calendar.Attendee;
import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventTime;
import com.tandem.engine.calendar.Recurrence;
import com.tandem.engine.calendar.RecurrencePattern;
import com.tandem.engine.calendar.RecurrenceRange;
import com.tandem.engine.calendar.ShowAs;
import com.tandem.server.activity.IanaZones;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.RecurrenceException;
import com.tandem.server.sync.resource.CrmBodies;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts a calendar event between the CRM's record ({@link CalendarEventFields}: one IANA zone,
 * local times) and the engine's ({@link EventFields}: a zone per time).
 */
public final class EventConversion {

  private EventConversion() {}

  /** The engine's view of a CRM event, changed and cancelled occurrences included. */
  static EventFields toEngine(CalendarEventFields crm) {
    ZoneId zone = crm.timeZone();
    EventTime start = new EventTime(crm.start(), zone);
    EventTime end = new EventTime(crm.end(), zone);
    return new EventFields(
        crm.title(),
        CrmBodies.fromCrm(crm.description()),
        start,
        end,
        crm.allDay(),
        crm.location(),
        crm.attendees().stream().map(EventConversion::attendee).toList(),
        crm.reminderMinutes(),
        showAs(crm.showAs()),
        crm.isPrivate(),
        crm.recurrence() == null ? null : recurrence(crm, zone));
  }

  /**
   * The CRM record for the engine's event, in the start's zone.
   *
   * @throws IllegalArgumentException when the zone has no IANA region
   * @throws com.tandem.server.activity.InvalidActivityException when the CRM would not accept it
   */
  static CalendarEventFields toCrm(EventFields event) {
    ZoneId zone = region(event.start().zone());
    // All-day events float: midnight stays midnight whatever zone the times were given in.
    LocalDateTime start = event.allDay() ? event.start().local() : local(event.start(), zone);
    LocalDateTime end = event.allDay() ? event.end().local() : local(event.end(), zone);
    return new CalendarEventFields(
        event.title(),
        CrmBodies.toCrm(event.description()),
        start,
        end,
        zone,
        event.allDay(),
        event.location().isEmpty() ? null : event.location(),
        event.attendees().stream().map(EventConversion::attendee).toList(),
        event.reminderMinutes(),
        showAs(event.showAs()),
        event.isPrivate(),
        event.recurrence() == null ? null : recurrence(event, zone, start, end));
  }

  /**
   * The same event without changed occurrences that differ from the series in nothing: Outlook
   * keeps an occurrence that was edited back to the series' values as an exception, the CRM may
   * keep an exception without changes, and neither should look like a difference.
   */
  static EventFields withoutUnchangedOccurrences(EventFields event) {
    Recurrence r = event.recurrence();
    if (r == null || r.changedOccurrences().isEmpty()) {
      return event;
    }
    List<ChangedOccurrence> changed =
        r.changedOccurrences().stream().filter(o -> !asTheSeries(o, event)).toList();
    if (changed.size() == r.changedOccurrences().size()) {
      return event;
    }
    return event.withRecurrence(
        new Recurrence(r.pattern(), r.range(), r.cancelledOccurrences(), changed));
  }

  /** The occurrence of the series on {@code date} as the pattern makes it. */
  static ChangedOccurrence asPlanned(EventFields series, LocalDate date) {
    EventTime start =
        new EventTime(date.atTime(series.start().local().toLocalTime()), series.start().zone());
    Duration length = Duration.between(series.start().instant(), series.end().instant());
    EventTime end =
        new EventTime(
            LocalDateTime.ofInstant(start.instant().plus(length), start.zone()), start.zone());
    return new ChangedOccurrence(date, start, end, series.title(), series.location());
  }

  private static boolean asTheSeries(ChangedOccurrence o, EventFields series) {
    ChangedOccurrence planned = asPlanned(series, o.originalDate());
    return o.start().instant().equals(planned.start().instant())
        && o.end().instant().equals(planned.end().instant())
        && o.title().equals(planned.title())
        && o.location().equals(planned.location());
  }

  /** The same event without its changed and cancelled occurrences. */
  public static EventFields withoutOccurrenceChanges(EventFields event) {
    Recurrence r = event.recurrence();
    if (r == null || (r.cancelledOccurrences().isEmpty() && r.changedOccurrences().isEmpty())) {
      return event;
    }
    return event.withRecurrence(Recurrence.of(r.pattern(), r.range()));
  }

  /**
   * An IANA region for a zone: Graph may report a bare offset, which the CRM does not store, so
   * whole-hour offsets become their {@code Etc/GMT} region.
   */
  static ZoneId region(ZoneId zone) {
    if (IanaZones.isRegion(zone)) {
      return zone;
    }
    if (!zone.getRules().isFixedOffset()) {
      throw new IllegalArgumentException("time zone " + zone + " is not a named region");
    }
    int seconds = zone.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds();
    if (seconds == 0) {
      return ZoneId.of("UTC");
    }
    if (seconds % 3600 != 0) {
      throw new IllegalArgumentException("time zone " + zone + " is not a named region");
    }
    int hours = seconds / 3600;
    // The Etc zones' signs are inverted (POSIX style): UTC+2 is Etc/GMT-2.
    return ZoneId.of("Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours));
  }

  private static Attendee attendee(com.tandem.server.activity.calendar.Attendee a) {
    return new Attendee(
        a.name(),
        a.email(),
        Attendee.Type.valueOf(a.type().name()),
        switch (a.response()) {
          case TENTATIVELY_ACCEPTED -> Attendee.Response.TENTATIVE;
          default -> Attendee.Response.valueOf(a.response().name());
        });
  }

  private static com.tandem.server.activity.calendar.Attendee attendee(Attendee a) {
    return new com.tandem.server.activity.calendar.Attendee(
        a.address(),
        a.name().isEmpty() ? null : a.name(),
        com.tandem.server.activity.calendar.Attendee.Type.valueOf(a.type().name()),
        switch (a.response()) {
          case TENTATIVE ->
              com.tandem.server.activity.calendar.Attendee.Response.TENTATIVELY_ACCEPTED;
          default ->
              com.tandem.server.activity.calendar.Attendee.Response.valueOf(a.response().name());
        });
  }

  private static ShowAs showAs(com.tandem.server.activity.calendar.ShowAs showAs) {
    return showAs == com.tandem.server.activity.calendar.ShowAs.OUT_OF_OFFICE
        ? ShowAs.OOF
        : ShowAs.valueOf(showAs.name());
  }

  private static com.tandem.server.activity.calendar.ShowAs showAs(ShowAs showAs) {
    return showAs == ShowAs.OOF
        ? com.tandem.server.activity.calendar.ShowAs.OUT_OF_OFFICE
        : com.tandem.server.activity.calendar.ShowAs.valueOf(showAs.name());
  }

  private static Recurrence recurrence(CalendarEventFields crm, ZoneId zone) {
    com.tandem.server.activity.calendar.Recurrence r = crm.recurrence();
    com.tandem.server.activity.calendar.RecurrencePattern p = r.pattern();
    RecurrencePattern pattern =
        new RecurrencePattern(
            RecurrencePattern.Type.valueOf(p.type().name()),
            p.interval(),
            p.daysOfWeek().isEmpty() ? Set.of() : EnumSet.copyOf(p.daysOfWeek()),
            p.dayOfMonth() == null ? 0 : p.dayOfMonth(),
            p.month() == null ? 0 : p.month(),
            p.index() == null ? null : RecurrencePattern.WeekIndex.valueOf(p.index().name()),
            p.firstDayOfWeek());
    com.tandem.server.activity.calendar.RecurrenceRange g = r.range();
    RecurrenceRange range =
        new RecurrenceRange(
            RecurrenceRange.Type.valueOf(g.type().name()),
            g.startDate(),
            g.endDate(),
            g.numberOfOccurrences() == null ? 0 : g.numberOfOccurrences());
    Duration length = Duration.between(crm.start(), crm.end());
    Set<LocalDate> cancelled = new TreeSet<>();
    List<ChangedOccurrence> changed = new ArrayList<>();
    for (RecurrenceException x : r.exceptions()) {
      if (x.cancelled()) {
        cancelled.add(x.originalStart().toLocalDate());
        continue;
      }
      // Null parts of a CRM exception mean "as the series": the engine spells them out.
      LocalDateTime start = x.start() == null ? x.originalStart() : x.start();
      LocalDateTime end = x.end() == null ? start.plus(length) : x.end();
      changed.add(
          new ChangedOccurrence(
              x.originalStart().toLocalDate(),
              new EventTime(start, zone),
              new EventTime(end, zone),
              x.title() == null ? crm.title() : x.title(),
              x.location() == null ? nullToEmpty(crm.location()) : x.location()));
    }
    return new Recurrence(pattern, range, cancelled, changed);
  }

  private static com.tandem.server.activity.calendar.Recurrence recurrence(
      EventFields event, ZoneId zone, LocalDateTime seriesStart, LocalDateTime seriesEnd) {
    Recurrence r = event.recurrence();
    RecurrencePattern p = r.pattern();
    com.tandem.server.activity.calendar.RecurrencePattern pattern =
        new com.tandem.server.activity.calendar.RecurrencePattern(
            com.tandem.server.activity.calendar.RecurrencePattern.Type.valueOf(p.type().name()),
            p.interval(),
            p.daysOfWeek().stream().sorted().toList(),
            p.dayOfMonth() == 0 ? null : p.dayOfMonth(),
            p.month() == 0 ? null : p.month(),
            p.index() == null
                ? null
                : com.tandem.server.activity.calendar.RecurrencePattern.Index.valueOf(
                    p.index().name()),
            p.firstDayOfWeek());
    RecurrenceRange g = r.range();
    com.tandem.server.activity.calendar.RecurrenceRange range =
        new com.tandem.server.activity.calendar.RecurrenceRange(
            com.tandem.server.activity.calendar.RecurrenceRange.Type.valueOf(g.type().name()),
            g.startDate(),
            g.endDate(),
            g.numberOfOccurrences() == 0 ? null : g.numberOfOccurrences());
    Duration length = Duration.between(seriesStart, seriesEnd);
    List<RecurrenceException> exceptions = new ArrayList<>();
    for (LocalDate date : new TreeSet<>(r.cancelledOccurrences())) {
      exceptions.add(RecurrenceException.cancelled(date.atTime(seriesStart.toLocalTime())));
    }
    for (ChangedOccurrence o : r.changedOccurrences()) {
      LocalDateTime original = o.originalDate().atTime(seriesStart.toLocalTime());
      LocalDateTime start = local(o.start(), zone);
      LocalDateTime end = local(o.end(), zone);
      // Parts equal to the series' are left null, as the CRM writes them.
      exceptions.add(
          new RecurrenceException(
              original,
              false,
              o.title().equals(event.title()) ? null : o.title(),
              start.equals(original) ? null : start,
              end.equals(start.plus(length)) ? null : end,
              o.location().equals(event.location()) ? null : o.location()));
    }
    return new com.tandem.server.activity.calendar.Recurrence(pattern, range, exceptions);
  }

  private static LocalDateTime local(EventTime time, ZoneId zone) {
    // Converting only between different zones keeps a wall-clock time that a DST gap skips.
    return time.zone().equals(zone) ? time.local() : time.in(zone).local();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
