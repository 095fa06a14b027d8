package com.tandem.engine.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A recurring series: its pattern and range, and its changed and cancelled occurrences.
 *
 * @param pattern how often it repeats
 * @param range how long it lasts
 * @param cancelledOccurrences the original dates of occurrences that were cancelled
 * @param changedOccurrences occurrences that were moved or edited, by original date
 */
public record Recurrence(
    RecurrencePattern pattern,
    RecurrenceRange range,
    Set<LocalDate> cancelledOccurrences,
    List<ChangedOccurrence> changedOccurrences) {

  /** Checks the arguments and keeps the occurrences in date order. */
  public Recurrence {
    Objects.requireNonNull(pattern, "pattern == null");
    Objects.requireNonNull(range, "range == null");
    cancelledOccurrences =
        cancelledOccurrences == null ? Set.of() : Set.copyOf(new TreeSet<>(cancelledOccurrences));
    changedOccurrences =
        changedOccurrences == null
            ? List.of()
            : changedOccurrences.stream()
                .sorted(Comparator.comparing(ChangedOccurrence::originalDate))
                .toList();
  }

  /** A series without exceptions. */
  public static Recurrence of(RecurrencePattern pattern, RecurrenceRange range) {
    return new Recurrence(pattern, range, Set.of(), List.of());
  }

  String canonical() {
    return pattern.canonical()
        + ";"
        + range.canonical()
        + ";"
        + new TreeSet<>(cancelledOccurrences)
        + ";"
        + changedOccurrences.stream()
            .map(ChangedOccurrence::canonical)
            .collect(Collectors.joining(","));
  }
}
