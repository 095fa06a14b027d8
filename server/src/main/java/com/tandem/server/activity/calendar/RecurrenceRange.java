package com.tandem.server.activity.calendar;

import com.tandem.server.activity.Problems;
import java.time.LocalDate;

/** How long a series runs: until a date, forever, or for a number of occurrences. */
public record RecurrenceRange(
    Type type, LocalDate startDate, LocalDate endDate, Integer numberOfOccurrences) {

  /** The most occurrences a numbered range may have. */
  public static final int MAX_OCCURRENCES = 999;

  /** The kinds of range, with their JSON names. */
  public enum Type {
    END_DATE("endDate"),
    NO_END("noEnd"),
    NUMBERED("numbered");

    private final String json;

    Type(String json) {
      this.json = json;
    }

    /** The name used in JSON. */
    public String json() {
      return json;
    }
  }

  /** A series that never ends. */
  public static RecurrenceRange noEnd(LocalDate startDate) {
    return new RecurrenceRange(Type.NO_END, startDate, null, null);
  }

  /** A series that ends on the given date (inclusive). */
  public static RecurrenceRange until(LocalDate startDate, LocalDate endDate) {
    return new RecurrenceRange(Type.END_DATE, startDate, endDate, null);
  }

  void check(String path, Problems problems) {
    if (type == null) {
      problems.add(path + ".type", "required");
      return;
    }
    if (startDate == null) {
      problems.add(path + ".startDate", "required");
    }
    if (type == Type.END_DATE) {
      if (endDate == null) {
        problems.add(path + ".endDate", "required");
      } else if (startDate != null && endDate.isBefore(startDate)) {
        problems.add(path + ".endDate", "endBeforeStart");
      }
    }
    if (type == Type.NUMBERED) {
      if (numberOfOccurrences == null) {
        problems.add(path + ".numberOfOccurrences", "required");
      }
      problems.range(path + ".numberOfOccurrences", numberOfOccurrences, 1, MAX_OCCURRENCES);
    }
  }
}
