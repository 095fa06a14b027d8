package com.tandem.engine.calendar;

import java.util.List;
import java.util.Objects;

/**
 * Graph's {@code patternedRecurrence}.
 *
 * @param pattern the pattern
 * @param range the range
 */
public record GraphRecurrence(Pattern pattern, Range range) {

  /** Checks the arguments. */
  public GraphRecurrence {
    Objects.requireNonNull(pattern, "pattern == null");
    Objects.requireNonNull(range, "range == null");
  }

  /**
   * Graph's {@code recurrencePattern}.
   *
   * @param type {@code daily}, {@code weekly}, {@code absoluteMonthly}, {@code relativeMonthly},
   *     {@code absoluteYearly} or {@code relativeYearly}
   * @param interval the interval
   * @param month the month (0 when unused)
   * @param dayOfMonth the day of the month (0 when unused)
   * @param daysOfWeek lower-case English weekday names
   * @param firstDayOfWeek a lower-case English weekday name
   * @param index {@code first}, {@code second}, {@code third}, {@code fourth} or {@code last}
   */
  public record Pattern(
      String type,
      int interval,
      int month,
      int dayOfMonth,
      List<String> daysOfWeek,
      String firstDayOfWeek,
      String index) {
    /** Checks the type and copies the list. */
    public Pattern {
      Objects.requireNonNull(type, "type == null");
      daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
    }
  }

  /**
   * Graph's {@code recurrenceRange}.
   *
   * @param type {@code endDate}, {@code noEnd} or {@code numbered}
   * @param startDate the first day, {@code yyyy-MM-dd}
   * @param endDate the last day, {@code yyyy-MM-dd} (Graph sends {@code 0001-01-01} when unused)
   * @param numberOfOccurrences how many (0 when unused)
   * @param recurrenceTimeZone the zone of the dates, a Windows or IANA name
   */
  public record Range(
      String type,
      String startDate,
      String endDate,
      int numberOfOccurrences,
      String recurrenceTimeZone) {
    /** Checks the required parts. */
    public Range {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(startDate, "startDate == null");
    }
  }
}
