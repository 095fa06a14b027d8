package com.tandem.server.activity.calendar;

import com.tandem.server.activity.Problems;
import java.util.List;
import java.util.Objects;

/** A series: its pattern, its range, and the occurrences that were changed or cancelled. */
public record Recurrence(
    RecurrencePattern pattern, RecurrenceRange range, List<RecurrenceException> exceptions) {

  /** The most changed or cancelled occurrences kept per series. */
  public static final int MAX_EXCEPTIONS = 1000;

  public Recurrence {
    Objects.requireNonNull(pattern, "pattern == null");
    Objects.requireNonNull(range, "range == null");
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
  }

  void check(String path, Problems problems) {
    pattern.check(path + ".pattern", problems);
    range.check(path + ".range", problems);
    if (exceptions.size() > MAX_EXCEPTIONS) {
      problems.add(path + ".exceptions", "tooMany", MAX_EXCEPTIONS);
      return;
    }
    for (int i = 0; i < exceptions.size(); i++) {
      exceptions.get(i).check(path + ".exceptions[" + i + "]", problems);
    }
  }
}
