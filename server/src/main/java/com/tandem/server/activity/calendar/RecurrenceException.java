package com.tandem.server.activity.calendar;

import com.tandem.server.activity.Problems;
import java.time.LocalDateTime;

/**
 * One occurrence of a series that differs from the pattern: cancelled, or changed (the non-null
 * fields replace the series' values for that occurrence). {@code originalStart} is the local start
 * the pattern gave it.
 */
public record RecurrenceException(
    LocalDateTime originalStart,
    boolean cancelled,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    String location) {

  /** A cancelled occurrence. */
  public static RecurrenceException cancelled(LocalDateTime originalStart) {
    return new RecurrenceException(originalStart, true, null, null, null, null);
  }

  void check(String path, Problems problems) {
    if (originalStart == null) {
      problems.add(path + ".originalStart", "required");
    }
    problems.maxLength(path + ".title", title, CalendarEventFields.MAX_TITLE);
    problems.maxLength(path + ".location", location, CalendarEventFields.MAX_LOCATION);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(path + ".end", "endBeforeStart");
    }
  }
}
