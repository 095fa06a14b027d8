package com.tandem.graph.model;

import java.util.Objects;

/**
 * How a recurring event repeats and when the repetition ends.
 *
 * @param pattern how often it repeats
 * @param range when it starts and ends
 */
public record PatternedRecurrence(RecurrencePattern pattern, RecurrenceRange range) {

  /** A recurrence with both parts, as Graph requires on writes. */
  public static PatternedRecurrence of(RecurrencePattern pattern, RecurrenceRange range) {
    Objects.requireNonNull(pattern, "pattern == null");
    Objects.requireNonNull(range, "range == null");
    return new PatternedRecurrence(pattern, range);
  }
}
