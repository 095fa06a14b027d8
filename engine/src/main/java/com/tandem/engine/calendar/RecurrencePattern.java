package com.tandem.engine.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often a series repeats. Only the fields its type uses are kept; the others are 0 or empty.
 *
 * @param type the kind of pattern
 * @param interval every how many days, weeks, months or years
 * @param daysOfWeek the weekdays (weekly, relative patterns)
 * @param dayOfMonth the day of the month (absolute monthly and yearly)
 * @param month the month, 1-12 (yearly)
 * @param index which weekday of the month (relative patterns), else null
 * @param firstDayOfWeek the first day of the week (weekly), else null
 */
public record RecurrencePattern(
    Type type,
    int interval,
    Set<DayOfWeek> daysOfWeek,
    int dayOfMonth,
    int month,
    WeekIndex index,
    DayOfWeek firstDayOfWeek) {

  /** Checks the fields the type needs and clears the ones it does not use. */
  public RecurrencePattern {
    Objects.requireNonNull(type, "type == null");
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be at least 1, was " + interval);
    }
    boolean usesDays = type == Type.WEEKLY || type.relative();
    boolean usesDayOfMonth = type == Type.ABSOLUTE_MONTHLY || type == Type.ABSOLUTE_YEARLY;
    boolean usesMonth = type == Type.ABSOLUTE_YEARLY || type == Type.RELATIVE_YEARLY;
    daysOfWeek =
        usesDays && daysOfWeek != null && !daysOfWeek.isEmpty()
            ? Set.copyOf(EnumSet.copyOf(daysOfWeek))
            : Set.of();
    if (usesDays && daysOfWeek.isEmpty()) {
      throw new IllegalArgumentException(type + " recurrence needs days of the week");
    }
    dayOfMonth = usesDayOfMonth ? requireRange(dayOfMonth, 1, 31, "dayOfMonth") : 0;
    month = usesMonth ? requireRange(month, 1, 12, "month") : 0;
    index = type.relative() ? (index == null ? WeekIndex.FIRST : index) : null;
    firstDayOfWeek =
        type == Type.WEEKLY ? (firstDayOfWeek == null ? DayOfWeek.SUNDAY : firstDayOfWeek) : null;
  }

  /** Every {@code interval} days. */
  public static RecurrencePattern daily(int interval) {
    return new RecurrencePattern(Type.DAILY, interval, null, 0, 0, null, null);
  }

  /** Every {@code interval} weeks on the given days. */
  public static RecurrencePattern weekly(
      int interval, Set<DayOfWeek> days, DayOfWeek firstDayOfWeek) {
    return new RecurrencePattern(Type.WEEKLY, interval, days, 0, 0, null, firstDayOfWeek);
  }

  /** Every {@code interval} months on the given day. */
  public static RecurrencePattern absoluteMonthly(int interval, int dayOfMonth) {
    return new RecurrencePattern(Type.ABSOLUTE_MONTHLY, interval, null, dayOfMonth, 0, null, null);
  }

  /** Every {@code interval} months on the index-th of the given weekdays. */
  public static RecurrencePattern relativeMonthly(
      int interval, Set<DayOfWeek> days, WeekIndex index) {
    return new RecurrencePattern(Type.RELATIVE_MONTHLY, interval, days, 0, 0, index, null);
  }

  /** Every {@code interval} years on the given month and day. */
  public static RecurrencePattern absoluteYearly(int interval, int month, int dayOfMonth) {
    return new RecurrencePattern(
        Type.ABSOLUTE_YEARLY, interval, null, dayOfMonth, month, null, null);
  }

  /** Every {@code interval} years on the index-th of the given weekdays of the month. */
  public static RecurrencePattern relativeYearly(
      int interval, int month, Set<DayOfWeek> days, WeekIndex index) {
    return new RecurrencePattern(Type.RELATIVE_YEARLY, interval, days, 0, month, index, null);
  }

  String canonical() {
    return type
        + "/"
        + interval
        + "/"
        + new TreeSet<>(daysOfWeek)
        + "/"
        + dayOfMonth
        + "/"
        + month
        + "/"
        + index
        + "/"
        + firstDayOfWeek;
  }

  private static int requireRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** The kinds of pattern Graph knows. */
  public enum Type {
    /** Every n days. */
    DAILY,
    /** Every n weeks on some weekdays. */
    WEEKLY,
    /** Every n months on a day of the month. */
    ABSOLUTE_MONTHLY,
    /** Every n months on, say, the second Tuesday. */
    RELATIVE_MONTHLY,
    /** Every n years on a date. */
    ABSOLUTE_YEARLY,
    /** Every n years on, say, the last Friday of March. */
    RELATIVE_YEARLY;

    boolean relative() {
      return this == RELATIVE_MONTHLY || this == RELATIVE_YEARLY;
    }
  }

  /** Which weekday of the month a relative pattern means. */
  public enum WeekIndex {
    /** The first. */
    FIRST,
    /** The second. */
    SECOND,
    /** The third. */
    THIRD,
    /** The fourth. */
    FOURTH,
    /** The last. */
    LAST
  }
}
