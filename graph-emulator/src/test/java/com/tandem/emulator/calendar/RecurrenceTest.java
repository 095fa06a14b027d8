package com.tandem.emulator.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
  static Recurrence parse(String json) {
    return Recurrence.parse(Json.MAPPER.readTree(json), LocalDate.of(2026, 1, 1));
  }

  static List<LocalDate> year(Recurrence r) {
    return r.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
  }

  @Test
  void dailyEveryThirdDayStopsAtTheEndDate() {
    Recurrence r =
        parse(
            "{\"pattern\":{\"type\":\"daily\",\"interval\":3},\"range\":{\"type\":\"endDate\","
                + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-01-10\"}}");
    assertThat(year(r))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 1, 7),
            LocalDate.of(2026, 1, 10));
  }

  @Test
  void biweeklyOnTuesdaysAndThursdaysCountsOccurrencesFromTheStart() {
    Recurrence r =
        parse(
            "{\"pattern\":{\"type\":\"weekly\",\"interval\":2,\"daysOfWeek\":[\"tuesday\",\"thursday\"],"
                + "\"firstDayOfWeek\":\"sunday\"},\"range\":{\"type\":\"numbered\",\"startDate\":\"2026-01-01\",\"numberOfOccurrences\":4}}");
    assertThat(year(r))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 13),
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 1, 27));
    assertThat(r.dates(LocalDate.of(2026, 1, 14), LocalDate.of(2026, 12, 31)))
        .containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 27));
  }

  @Test
  void absoluteMonthlyOnThe31stSkipsShortMonths() {
    Recurrence r =
        parse(
            "{\"pattern\":{\"type\":\"absoluteMonthly\",\"interval\":1,\"dayOfMonth\":31},"
                + "\"range\":{\"type\":\"numbered\",\"startDate\":\"2026-01-01\",\"numberOfOccurrences\":3}}");
    assertThat(year(r))
        .containsExactly(
            LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31));
  }

  @Test
  void relativeYearlyIsTheFourthThursdayOfNovember() {
    Recurrence r =
        parse(
            "{\"pattern\":{\"type\":\"relativeYearly\",\"interval\":1,\"month\":11,"
                + "\"daysOfWeek\":[\"thursday\"],\"index\":\"fourth\"},\"range\":{\"type\":\"noEnd\",\"startDate\":\"2026-01-01\"}}");
    assertThat(year(r)).containsExactly(LocalDate.of(2026, 11, 26), LocalDate.of(2027, 11, 25));
  }

  @Test
  void absoluteYearlyOnFebruary29thOnlyOccursInLeapYears() {
    Recurrence r =
        parse(
            "{\"pattern\":{\"type\":\"absoluteYearly\",\"interval\":1,\"month\":2,\"dayOfMonth\":29},"
                + "\"range\":{\"type\":\"noEnd\",\"startDate\":\"2026-01-01\"}}");
    assertThat(r.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1)))
        .containsExactly(LocalDate.of(2028, 2, 29));
  }

  @Test
  void malformedPatternsAreRefused() {
    assertThatThrownBy(
            () -> parse("{\"pattern\":{\"type\":\"hourly\"},\"range\":{\"type\":\"noEnd\"}}"))
        .isInstanceOf(GraphException.class);
    assertThatThrownBy(
            () ->
                parse(
                    "{\"pattern\":{\"type\":\"weekly\",\"interval\":1},\"range\":{\"type\":\"noEnd\"}}"))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("daysOfWeek");
    assertThatThrownBy(
            () -> parse("{\"pattern\":{\"type\":\"daily\"},\"range\":{\"type\":\"numbered\"}}"))
        .isInstanceOf(GraphException.class);
  }
}
