package com.tandem.graph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a recurrence starts and how it ends.
 *
 * @param type by an end date, never, or after a number of occurrences
 * @param startDate the first day
 * @param endDate the last day, for {@code endDate} ranges
 * @param numberOfOccurrences how many occurrences, for {@code numbered} ranges
 * @param recurrenceTimeZone the time zone of the dates, or null for the event's start zone
 */
public record RecurrenceRange(
    RecurrenceRangeType type,
    LocalDate startDate,
    LocalDate endDate,
    Integer numberOfOccurrences,
    String recurrenceTimeZone) {

  /** From a start date up to and including an end date. */
  public static RecurrenceRange endDate(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    return new RecurrenceRange(RecurrenceRangeType.END_DATE, start, end, null, null);
  }

  /** From a start date, without end. */
  public static RecurrenceRange noEnd(LocalDate start) {
    Objects.requireNonNull(start, "start == null");
    return new RecurrenceRange(RecurrenceRangeType.NO_END, start, null, null, null);
  }

  /** From a start date, for a number of occurrences. */
  public static RecurrenceRange numbered(LocalDate start, int occurrences) {
    Objects.requireNonNull(start, "start == null");
    if (occurrences < 1) {
      throw new IllegalArgumentException("occurrences must be at least 1: " + occurrences);
    }
    return new RecurrenceRange(RecurrenceRangeType.NUMBERED, start, null, occurrences, null);
  }
}
