package com.tandem.server.sync.calendar;

import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.Recurrence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What must happen to a series' occurrences in Outlook so that they are as wanted, after its master
 * was written (a master write carries neither changed nor cancelled occurrences).
 *
 * @param cancel the original dates of occurrences to delete
 * @param change occurrences to set to the values given
 * @param revert the original dates of Outlook exceptions to set back to the series' values
 * @param unrestorable the original dates of occurrences Outlook cancelled that are wanted back,
 *     which Graph cannot do
 */
record OccurrenceDifference(
    Set<LocalDate> cancel,
    List<ChangedOccurrence> change,
    Set<LocalDate> revert,
    Set<LocalDate> unrestorable) {

  /** Copies the arguments. */
  OccurrenceDifference {
    cancel = Set.copyOf(cancel);
    change = List.copyOf(change);
    revert = Set.copyOf(revert);
    unrestorable = Set.copyOf(unrestorable);
  }

  /**
   * The writes that turn the occurrences of {@code have} (Outlook's series) into those of {@code
   * wanted}; nothing when either is not a series.
   */
  static OccurrenceDifference between(EventFields have, EventFields wanted) {
    Recurrence h = have.recurrence();
    Recurrence w = wanted.recurrence();
    if (h == null || w == null) {
      return new OccurrenceDifference(Set.of(), List.of(), Set.of(), Set.of());
    }
    Set<LocalDate> cancel = new TreeSet<>(w.cancelledOccurrences());
    cancel.removeAll(h.cancelledOccurrences());
    Set<LocalDate> unrestorable = new TreeSet<>(h.cancelledOccurrences());
    unrestorable.removeAll(w.cancelledOccurrences());
    Map<LocalDate, ChangedOccurrence> had = byDate(h.changedOccurrences());
    Map<LocalDate, ChangedOccurrence> wants = byDate(w.changedOccurrences());
    List<ChangedOccurrence> change =
        w.changedOccurrences().stream()
            .filter(o -> !w.cancelledOccurrences().contains(o.originalDate()))
            .filter(o -> !h.cancelledOccurrences().contains(o.originalDate()))
            .filter(o -> !same(o, had.get(o.originalDate())))
            .toList();
    Set<LocalDate> revert = new TreeSet<>(had.keySet());
    revert.removeAll(wants.keySet());
    revert.removeAll(w.cancelledOccurrences());
    return new OccurrenceDifference(cancel, change, revert, unrestorable);
  }

  /** Whether Outlook's occurrences are already as wanted, as far as Graph can make them. */
  boolean isEmpty() {
    return cancel.isEmpty() && change.isEmpty() && revert.isEmpty();
  }

  private static Map<LocalDate, ChangedOccurrence> byDate(List<ChangedOccurrence> occurrences) {
    return occurrences.stream()
        .collect(
            Collectors.toMap(ChangedOccurrence::originalDate, Function.identity(), (a, b) -> b));
  }

  private static boolean same(ChangedOccurrence a, ChangedOccurrence b) {
    return b != null
        && a.start().instant().equals(b.start().instant())
        && a.end().instant().equals(b.end().instant())
        && a.title().equals(b.title())
        && a.location().equals(b.location());
  }
}
