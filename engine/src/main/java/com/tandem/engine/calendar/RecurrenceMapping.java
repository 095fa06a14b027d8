package com.tandem.engine.calendar;

import com.tandem.engine.fields.TimeZones;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Maps a series' pattern and range between the CRM's records and Graph's. */
final class RecurrenceMapping {

  private static final String NO_DATE = "0001-01-01";

  private RecurrenceMapping() {}

  static GraphRecurrence toMicrosoft(Recurrence recurrence, ZoneId zone) {
    RecurrencePattern p = recurrence.pattern();
    RecurrenceRange r = recurrence.range();
    return new GraphRecurrence(
        new GraphRecurrence.Pattern(
            GraphEnums.toGraph(p.type()),
            p.interval(),
            p.month(),
            p.dayOfMonth(),
            p.daysOfWeek().stream().sorted().map(GraphEnums::toGraph).toList(),
            GraphEnums.toGraph(p.firstDayOfWeek() == null ? DayOfWeek.SUNDAY : p.firstDayOfWeek()),
            GraphEnums.toGraph(p.index() == null ? RecurrencePattern.WeekIndex.FIRST : p.index())),
        new GraphRecurrence.Range(
            GraphEnums.toGraph(r.type()),
            r.startDate().toString(),
            r.endDate() == null ? NO_DATE : r.endDate().toString(),
            r.numberOfOccurrences(),
            TimeZones.toMicrosoft(zone)));
  }

  static Recurrence fromMicrosoft(
      GraphRecurrence recurrence, Set<LocalDate> cancelled, List<ChangedOccurrence> changed) {
    GraphRecurrence.Pattern p = recurrence.pattern();
    GraphRecurrence.Range r = recurrence.range();
    RecurrencePattern.Type type =
        GraphEnums.fromGraph(RecurrencePattern.Type.class, p.type(), "recurrence pattern type");
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : p.daysOfWeek()) {
      days.add(GraphEnums.fromGraph(DayOfWeek.class, day, "day of week"));
    }
    RecurrencePattern pattern =
        new RecurrencePattern(
            type,
            p.interval(),
            days,
            p.dayOfMonth(),
            p.month(),
            p.index() == null
                ? null
                : GraphEnums.fromGraph(RecurrencePattern.WeekIndex.class, p.index(), "week index"),
            p.firstDayOfWeek() == null
                ? null
                : GraphEnums.fromGraph(DayOfWeek.class, p.firstDayOfWeek(), "first day of week"));
    RecurrenceRange.Type rangeType =
        GraphEnums.fromGraph(RecurrenceRange.Type.class, r.type(), "recurrence range type");
    RecurrenceRange range =
        new RecurrenceRange(
            rangeType,
            date(r.startDate()),
            rangeType == RecurrenceRange.Type.END_DATE ? date(r.endDate()) : null,
            r.numberOfOccurrences());
    return new Recurrence(pattern, range, cancelled, changed);
  }

  /** The date of a cancelled occurrence: Graph's {@code OID.<id>.<date>} or a bare date. */
  static LocalDate cancelledDate(String value) {
    if (value == null || value.length() < 10) {
      throw new IllegalArgumentException("not a cancelled occurrence: '" + value + "'");
    }
    return date(value.substring(value.length() - 10));
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("not a date in Graph: '" + value + "'", e);
    }
  }
}
