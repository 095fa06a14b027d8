package com.tandem.server.activity.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The occurrences of an event on a range of days (in the event's own time zone), for the calendar
 * page: a one-off event once, a series expanded by its pattern and range, with cancelled
 * occurrences left out and changed ones shown as changed.
 */
final class Occurrences {

  /** How far a series is followed, so that a malformed one cannot loop for long. */
  private static final int MAX_DAYS = 366 * 30;

  /** One occurrence: when, and under which title. */
  record Occurrence(CalendarEvent event, LocalDateTime start, LocalDateTime end, String title) {}

  private Occurrences() {}

  /** The event's occurrences that start on a day in {@code [from, to)}, by start. */
  static List<Occurrence> of(CalendarEvent event, LocalDate from, LocalDate to) {
    CalendarEventFields f = event.fields();
    Recurrence r = f.recurrence();
    List<Occurrence> result = new ArrayList<>();
    if (r == null) {
      LocalDate day = f.start().toLocalDate();
      if (!day.isBefore(from) && day.isBefore(to)) {
        result.add(new Occurrence(event, f.start(), f.end(), f.title()));
      }
      return result;
    }
    Map<LocalDateTime, RecurrenceException> exceptions =
        r.exceptions().stream()
            .collect(
                Collectors.toMap(
                    RecurrenceException::originalStart, Function.identity(), (a, b) -> b));
    long length = ChronoUnit.MINUTES.between(f.start(), f.end());
    LocalDate first = r.range().startDate();
    LocalDate last = r.range().type() == RecurrenceRange.Type.END_DATE ? r.range().endDate() : null;
    int counted = 0;
    for (int i = 0; i < MAX_DAYS; i++) {
      LocalDate day = first.plusDays(i);
      if (!day.isBefore(to) || (last != null && day.isAfter(last))) {
        break;
      }
      if (!matches(r.pattern(), first, day)) {
        continue;
      }
      counted++;
      if (r.range().type() == RecurrenceRange.Type.NUMBERED
          && counted > r.range().numberOfOccurrences()) {
        break;
      }
      if (day.isBefore(from)) {
        continue;
      }
      LocalDateTime start = day.atTime(f.start().toLocalTime());
      RecurrenceException x = exceptions.get(start);
      if (x == null) {
        result.add(new Occurrence(event, start, start.plusMinutes(length), f.title()));
      } else if (!x.cancelled()) {
        LocalDateTime s = x.start() == null ? start : x.start();
        LocalDateTime e = x.end() == null ? s.plusMinutes(length) : x.end();
        result.add(new Occurrence(event, s, e, x.title() == null ? f.title() : x.title()));
      }
    }
    return result;
  }

  /** True when the pattern, counted from {@code first}, has an occurrence on {@code day}. */
  static boolean matches(RecurrencePattern p, LocalDate first, LocalDate day) {
    int every = Math.max(1, p.interval());
    long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), day.withDayOfMonth(1));
    return switch (p.type()) {
      case DAILY -> ChronoUnit.DAYS.between(first, day) % every == 0;
      case WEEKLY -> {
        LocalDate week0 = first.with(TemporalAdjusters.previousOrSame(p.firstDayOfWeek()));
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(p.firstDayOfWeek()));
        yield p.daysOfWeek().contains(day.getDayOfWeek())
            && ChronoUnit.WEEKS.between(week0, week) % every == 0;
      }
      case ABSOLUTE_MONTHLY ->
          p.dayOfMonth() != null && day.getDayOfMonth() == p.dayOfMonth() && months % every == 0;
      case RELATIVE_MONTHLY -> relative(p, day) && months % every == 0;
      case ABSOLUTE_YEARLY ->
          p.month() != null
              && day.getMonthValue() == p.month()
              && p.dayOfMonth() != null
              && day.getDayOfMonth() == p.dayOfMonth()
              && (day.getYear() - first.getYear()) % every == 0;
      case RELATIVE_YEARLY ->
          p.month() != null
              && day.getMonthValue() == p.month()
              && relative(p, day)
              && (day.getYear() - first.getYear()) % every == 0;
    };
  }

  /** The first, second, … or last of the pattern's weekdays in the day's month. */
  private static boolean relative(RecurrencePattern p, LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    if (p.index() == null || !p.daysOfWeek().contains(weekday)) {
      return false;
    }
    if (p.index() == RecurrencePattern.Index.LAST) {
      return day.plusDays(7).getMonth() != day.getMonth();
    }
    return (day.getDayOfMonth() - 1) / 7 == p.index().ordinal();
  }
}
