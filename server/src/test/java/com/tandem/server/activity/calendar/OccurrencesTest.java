package com.tandem.server.activity.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.activity.Origin;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

  static CalendarEvent series(String start, Recurrence recurrence) {
    LocalDateTime s = LocalDateTime.parse(start);
    return new CalendarEvent(
        "e1",
        1,
        new CalendarEventFields(
            "Series",
            null,
            s,
            s.plusHours(1),
            ZoneId.of("Europe/Berlin"),
            false,
            null,
            List.of(),
            null,
            null,
            false,
            recurrence),
        1,
        Instant.EPOCH,
        Origin.CRM);
  }

  static List<LocalDateTime> starts(CalendarEvent e, String from, String to) {
    return Occurrences.of(e, LocalDate.parse(from), LocalDate.parse(to)).stream()
        .map(Occurrences.Occurrence::start)
        .toList();
  }

  @Test
  void aOneOffEventOccursOnlyOnItsDay() {
    CalendarEvent e = series("2026-11-24T09:00", null);
    assertThat(starts(e, "2026-11-23", "2026-11-30"))
        .containsExactly(LocalDateTime.parse("2026-11-24T09:00"));
    assertThat(starts(e, "2026-11-30", "2026-12-07")).isEmpty();
  }

  @Test
  void everySecondWeekOnTwoDaysUntilAnEndDate() {
    CalendarEvent e =
        series(
            "2026-11-23T09:00",
            new Recurrence(
                RecurrencePattern.weekly(2, List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)),
                RecurrenceRange.until(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-12-10")),
                List.of()));
    assertThat(starts(e, "2026-11-23", "2027-01-01"))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.parse("2026-11-23"),
            LocalDate.parse("2026-11-26"),
            LocalDate.parse("2026-12-07"),
            LocalDate.parse("2026-12-10"));
  }

  @Test
  void aNumberedDailySeriesStopsAfterItsCountEvenInLaterWeeks() {
    CalendarEvent e =
        series(
            "2026-11-23T09:00",
            new Recurrence(
                RecurrencePattern.daily(1),
                new RecurrenceRange(
                    RecurrenceRange.Type.NUMBERED, LocalDate.parse("2026-11-23"), null, 10),
                List.of()));
    assertThat(starts(e, "2026-11-30", "2026-12-07")).hasSize(3);
    assertThat(starts(e, "2026-12-07", "2026-12-14")).isEmpty();
  }

  @Test
  void theLastFridayOfEachMonth() {
    CalendarEvent e =
        series(
            "2026-11-27T16:00",
            new Recurrence(
                new RecurrencePattern(
                    RecurrencePattern.Type.RELATIVE_MONTHLY,
                    1,
                    List.of(DayOfWeek.FRIDAY),
                    null,
                    null,
                    RecurrencePattern.Index.LAST,
                    null),
                RecurrenceRange.noEnd(LocalDate.parse("2026-11-27")),
                List.of()));
    assertThat(starts(e, "2026-12-01", "2027-03-01"))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.parse("2026-12-25"),
            LocalDate.parse("2027-01-29"),
            LocalDate.parse("2027-02-26"));
  }

  @Test
  void cancelledOccurrencesAreLeftOutAndChangedOnesMoved() {
    CalendarEvent e =
        series(
            "2026-11-23T09:00",
            new Recurrence(
                RecurrencePattern.daily(1),
                RecurrenceRange.noEnd(LocalDate.parse("2026-11-23")),
                List.of(
                    RecurrenceException.cancelled(LocalDateTime.parse("2026-11-24T09:00")),
                    new RecurrenceException(
                        LocalDateTime.parse("2026-11-25T09:00"),
                        false,
                        "Moved",
                        LocalDateTime.parse("2026-11-25T13:00"),
                        LocalDateTime.parse("2026-11-25T14:00"),
                        null))));
    List<Occurrences.Occurrence> week =
        Occurrences.of(e, LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-26"));
    assertThat(week)
        .extracting(Occurrences.Occurrence::start, Occurrences.Occurrence::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2026-11-23T09:00"), "Series"),
            org.assertj.core.groups.Tuple.tuple(LocalDateTime.parse("2026-11-25T13:00"), "Moved"));
  }
}
