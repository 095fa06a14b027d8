package com.tandem.engine.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a series lasts.
 *
 * @param type until a date, forever, or a number of occurrences
 * @param startDate the first day of the series
 * @param endDate the last day (only for {@link Type#END_DATE}), else null
 * @param numberOfOccurrences how many (only for {@link Type#NUMBERED}), else 0
 */
public record RecurrenceRange(
    Type type, LocalDate startDate, LocalDate endDate, int numberOfOccurrences) {

  /** Checks the fields the type needs and clears the others. */
  public RecurrenceRange {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(startDate, "startDate == null");
    if (type == Type.END_DATE) {
      Objects.requireNonNull(endDate, "an end-date range needs endDate");
      if (endDate.isBefore(startDate)) {
        throw new IllegalArgumentException("endDate " + endDate + " is before " + startDate);
      }
    } else {
      endDate = null;
    }
    if (type == Type.NUMBERED) {
      if (numberOfOccurrences < 1) {
        throw new IllegalArgumentException("a numbered range needs at least one occurrence");
      }
    } else {
      numberOfOccurrences = 0;
    }
  }

  /** From {@code start} until {@code end}, inclusive. */
  public static RecurrenceRange endDate(LocalDate start, LocalDate end) {
    return new RecurrenceRange(Type.END_DATE, start, end, 0);
  }

  /** From {@code start} on, without end. */
  public static RecurrenceRange noEnd(LocalDate start) {
    return new RecurrenceRange(Type.NO_END, start, null, 0);
  }

  /** {@code count} occurrences from {@code start}. */
  public static RecurrenceRange numbered(LocalDate start, int count) {
    return new RecurrenceRange(Type.NUMBERED, start, null, count);
  }

  String canonical() {
    return type + "/" + startDate + "/" + endDate + "/" + numberOfOccurrences;
  }

  /** The kinds of range Graph knows. */
  public enum Type {
    /** Ends on a date. */
    END_DATE,
    /** Never ends. */
    NO_END,
    /** Ends after a number of occurrences. */
    NUMBERED
  }
}
