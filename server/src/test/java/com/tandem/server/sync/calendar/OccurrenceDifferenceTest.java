package com.tandem.server.sync.calendar;

import static com.tandem.server.sync.calendar.OccurrenceConversionTest.at;
import static com.tandem.server.sync.calendar.OccurrenceConversionTest.daily;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.Recurrence;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which occurrence writes make Outlook's series what the engine wants. */
class OccurrenceDifferenceTest {

  private static final LocalDate TUESDAY = LocalDate.parse("2026-03-03");
  private static final LocalDate WEDNESDAY = LocalDate.parse("2026-03-04");
  private static final LocalDate THURSDAY = LocalDate.parse("2026-03-05");

  @Test
  void equalSeriesNeedNoWrite() {
    EventFields series = cancelled(daily(List.of(moved(WEDNESDAY, "Moved"))), TUESDAY);

    assertThat(OccurrenceDifference.between(series, series).isEmpty()).isTrue();
  }

  @Test
  void newCancellationsAreDeletedAndNewOrDifferentChangesPatched() {
    EventFields have = daily(List.of(moved(WEDNESDAY, "Moved")));
    EventFields wanted =
        cancelled(daily(List.of(moved(WEDNESDAY, "Moved again"), moved(THURSDAY, "New"))), TUESDAY);

    OccurrenceDifference difference = OccurrenceDifference.between(have, wanted);

    assertThat(difference.cancel()).containsExactly(TUESDAY);
    assertThat(difference.change())
        .extracting(ChangedOccurrence::title)
        .containsExactly("Moved again", "New");
    assertThat(difference.revert()).isEmpty();
    assertThat(difference.unrestorable()).isEmpty();
  }

  @Test
  void anExceptionNoLongerWantedIsRevertedUnlessItIsCancelled() {
    EventFields have = daily(List.of(moved(WEDNESDAY, "Moved"), moved(THURSDAY, "Other")));
    EventFields wanted = cancelled(daily(List.of()), THURSDAY);

    OccurrenceDifference difference = OccurrenceDifference.between(have, wanted);

    assertThat(difference.revert()).containsExactly(WEDNESDAY);
    assertThat(difference.cancel()).containsExactly(THURSDAY);
    assertThat(difference.change()).isEmpty();
  }

  @Test
  void anOccurrenceOutlookCancelledCannotComeBackAndIsNotPatched() {
    EventFields have = cancelled(daily(List.of()), TUESDAY);
    EventFields wanted = daily(List.of(moved(TUESDAY, "Back")));

    OccurrenceDifference difference = OccurrenceDifference.between(have, wanted);

    assertThat(difference.unrestorable()).containsExactly(TUESDAY);
    assertThat(difference.isEmpty()).isTrue();
  }

  @Test
  void aSingleEventOnEitherSideNeedsNoOccurrenceWrite() {
    EventFields single = daily(List.of()).withRecurrence(null);

    assertThat(OccurrenceDifference.between(single, daily(List.of(moved(TUESDAY, "X")))).isEmpty())
        .isTrue();
    assertThat(OccurrenceDifference.between(daily(List.of()), single).isEmpty()).isTrue();
  }

  private static ChangedOccurrence moved(LocalDate date, String title) {
    return new ChangedOccurrence(date, at(date + "T15:00"), at(date + "T15:30"), title, "Room 1");
  }

  private static EventFields cancelled(EventFields series, LocalDate date) {
    Recurrence r = series.recurrence();
    return series.withRecurrence(
        new Recurrence(r.pattern(), r.range(), Set.of(date), r.changedOccurrences()));
  }
}
