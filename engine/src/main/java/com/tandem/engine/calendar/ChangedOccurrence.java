package com.tandem.engine.calendar;

import com.tandem.engine.fields.Canonical;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a series that was moved or edited.
 *
 * @param originalDate the date it would have had
 * @param start its start now
 * @param end its end now
 * @param title its title now
 * @param location its location now
 */
public record ChangedOccurrence(
    LocalDate originalDate, EventTime start, EventTime end, String title, String location) {

  /** Checks the arguments; missing texts are empty. */
  public ChangedOccurrence {
    Objects.requireNonNull(originalDate, "originalDate == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (end.instant().isBefore(start.instant())) {
      throw new IllegalArgumentException("an occurrence cannot end before it starts");
    }
    title = title == null ? "" : title;
    location = location == null ? "" : location;
  }

  String canonical() {
    return originalDate
        + "/"
        + Canonical.instant(start.instant())
        + "/"
        + Canonical.instant(end.instant())
        + "/"
        + Canonical.text(title)
        + "/"
        + Canonical.text(location);
  }
}
