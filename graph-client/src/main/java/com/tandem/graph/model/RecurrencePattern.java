package com.tandem.graph.model;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How often a recurring event repeats.
 *
 * @param type daily, weekly, absolute or relative monthly or yearly
 * @param interval the number of days, weeks, months or years between occurrences
 * @param month the month (1–12) of a yearly pattern, else 0 or null
 * @param dayOfMonth the day (1–31) of an absolute monthly or yearly pattern, else 0 or null
 * @param daysOfWeek the days of a weekly or relative pattern
 * @param firstDayOfWeek the first day of the week, for weekly patterns
 * @param index which week of the month, for relative patterns
 */
public record RecurrencePattern(
    RecurrencePatternType type,
    Integer interval,
    Integer month,
    Integer dayOfMonth,
    List<DayOfWeek> daysOfWeek,
    DayOfWeek firstDayOfWeek,
    WeekIndex index) {

  /** Copies the days so that the pattern stays immutable. */
  public RecurrencePattern {
    daysOfWeek = daysOfWeek == null ? null : List.copyOf(daysOfWeek);
  }

  /** Every {@code interval} days. */
  public static RecurrencePattern daily(int interval) {
    return new RecurrencePattern(
        RecurrencePatternType.DAILY, interval(interval), null, null, null, null, null);
  }

  /** On the given days every {@code interval} weeks, weeks starting on Sunday. */
  public static RecurrencePattern weekly(int interval, Set<DayOfWeek> days) {
    return new RecurrencePattern(
        RecurrencePatternType.WEEKLY,
        interval(interval),
        null,
        null,
        days(days),
        DayOfWeek.SUNDAY,
        null);
  }

  /** On a day of the month every {@code interval} months. */
  public static RecurrencePattern absoluteMonthly(int interval, int dayOfMonth) {
    return new RecurrencePattern(
        RecurrencePatternType.ABSOLUTE_MONTHLY,
        interval(interval),
        null,
        dayOfMonth(dayOfMonth),
        null,
        null,
        null);
  }

  /** On a weekday of a given week (e.g. the second Tuesday) every {@code interval} months. */
  public static RecurrencePattern relativeMonthly(
      int interval, Set<DayOfWeek> days, WeekIndex index) {
    return new RecurrencePattern(
        RecurrencePatternType.RELATIVE_MONTHLY,
        interval(interval),
        null,
        null,
        days(days),
        null,
        Objects.requireNonNull(index, "index == null"));
  }

  /** On a date (month and day) every {@code interval} years. */
  public static RecurrencePattern absoluteYearly(int interval, int month, int dayOfMonth) {
    return new RecurrencePattern(
        RecurrencePatternType.ABSOLUTE_YEARLY,
        interval(interval),
        month(month),
        dayOfMonth(dayOfMonth),
        null,
        null,
        null);
  }

  /** On a weekday of a given week of a month (e.g. the last Friday of May) every few years. */
  public static RecurrencePattern relativeYearly(
      int interval, int month, Set<DayOfWeek> days, WeekIndex index) {
    return new RecurrencePattern(
        RecurrencePatternType.RELATIVE_YEARLY,
        interval(interval),
        month(month),
        null,
        days(days),
        null,
        Objects.requireNonNull(index, "index == null"));
  }

  private static int interval(int interval) {
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be at least 1: " + interval);
    }
    return interval;
  }

  private static int month(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1-12: " + month);
    }
    return month;
  }

  private static int dayOfMonth(int day) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("dayOfMonth must be 1-31: " + day);
    }
    return day;
  }

  private static List<DayOfWeek> days(Set<DayOfWeek> days) {
    Objects.requireNonNull(days, "days == null");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days is empty");
    }
    return days.stream().sorted().toList();
  }
}
