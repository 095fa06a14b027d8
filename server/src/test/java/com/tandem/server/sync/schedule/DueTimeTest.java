package com.tandem.server.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a connection's next run is due after its plan changed ({@link Schedules#due}). */
class DueTimeTest {

  static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  static final Duration FIVE = Duration.ofMinutes(5);

  @Test
  void aConnectionThatNeverRanIsDueNow() {
    assertThat(Schedules.due(row(null, null, null, 0), FIVE, NOW, false)).isEqualTo(NOW);
  }

  @Test
  void anIntervalChangeCountsFromTheLastRun() {
    ConnectionRow ran = row(NOW.minusSeconds(60), NOW.plusSeconds(240), null, 0);
    assertThat(Schedules.due(ran, Duration.ofMinutes(30), NOW, false))
        .isEqualTo(NOW.plus(Duration.ofMinutes(29)));
    assertThat(Schedules.due(ran, Duration.ofMinutes(1), NOW, false)).isEqualTo(NOW);
  }

  @Test
  void aResourceSwitchedOnRunsNowButAnOverdueRunKeepsItsPlace() {
    ConnectionRow later = row(NOW.minusSeconds(60), NOW.plusSeconds(240), null, 0);
    assertThat(Schedules.due(later, FIVE, NOW, true)).isEqualTo(NOW);
    ConnectionRow overdue = row(NOW.minusSeconds(600), NOW.minusSeconds(300), null, 0);
    assertThat(Schedules.due(overdue, FIVE, NOW, true)).isEqualTo(NOW.minusSeconds(300));
  }

  @Test
  void throttlingStandsEvenWhenAResourceIsSwitchedOn() {
    ConnectionRow throttled = row(NOW, NOW.plusSeconds(30), NOW.plusSeconds(30), 1);
    assertThat(Schedules.due(throttled, FIVE, NOW, true)).isEqualTo(NOW.plusSeconds(30));
    assertThat(Schedules.due(throttled, Duration.ofMinutes(1), NOW, false))
        .isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void aBackOffAfterFailuresStandsAgainstAnIntervalChange() {
    ConnectionRow failing = row(NOW, NOW.plusSeconds(120), null, 2);
    assertThat(Schedules.due(failing, Duration.ofMinutes(1), NOW, false))
        .isEqualTo(NOW.plusSeconds(120));
  }

  static ConnectionRow row(Instant lastRun, Instant next, Instant throttledUntil, int failures) {
    return new ConnectionRow(7, null, null, next, throttledUntil, failures, lastRun);
  }
}
