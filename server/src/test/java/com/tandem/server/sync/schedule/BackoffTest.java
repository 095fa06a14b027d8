package com.tandem.server.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

  static final Instant END = Instant.parse("2026-03-02T08:00:00Z");
  static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  @Test
  void aRunThatWentThroughWaitsOneIntervalAndClearsTheFailures() {
    NextRun next =
        Backoff.after(
            List.of(report(RunOutcome.SUCCEEDED, null), report(RunOutcome.NOT_RUN, null)),
            3,
            FIVE_MINUTES,
            END);
    assertThat(next).isEqualTo(new NextRun(END.plus(FIVE_MINUTES), 0, null, null));
    assertThat(next.backingOff()).isFalse();
  }

  @Test
  void aThrottledRunWaitsForRetryAfterEvenBeyondTheInterval() {
    NextRun next =
        Backoff.after(
            List.of(report(RunOutcome.THROTTLED, Duration.ofSeconds(30))), 0, FIVE_MINUTES, END);
    assertThat(next.at()).isEqualTo(END.plusSeconds(30));
    assertThat(next.throttledUntil()).isEqualTo(END.plusSeconds(30));
    assertThat(next.failures()).isEqualTo(1);

    NextRun longer =
        Backoff.after(
            List.of(report(RunOutcome.THROTTLED, Duration.ofMinutes(12))), 0, FIVE_MINUTES, END);
    assertThat(longer.at()).isEqualTo(END.plus(Duration.ofMinutes(12)));
  }

  @Test
  void theLongestRetryAfterOfTheResourcesWins() {
    NextRun next =
        Backoff.after(
            List.of(
                report(RunOutcome.THROTTLED, Duration.ofSeconds(10)),
                report(RunOutcome.THROTTLED, Duration.ofSeconds(40))),
            0,
            FIVE_MINUTES,
            END);
    assertThat(next.at()).isEqualTo(END.plusSeconds(40));
  }

  @Test
  void withoutRetryAfterTheWaitDoublesFromOneMinuteUpToFourIntervals() {
    List<Duration> waits =
        List.of(1, 2, 3, 4, 5, 6, 30).stream()
            .map(
                failuresBefore ->
                    Backoff.after(
                            List.of(report(RunOutcome.THROTTLED, null)),
                            failuresBefore - 1,
                            FIVE_MINUTES,
                            END)
                        .backoff())
            .toList();
    assertThat(waits)
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(16),
            Duration.ofMinutes(20),
            Duration.ofMinutes(20));
  }

  @Test
  void aFailedRunBacksOffLikeAThrottledOneButIsNotThrottled() {
    NextRun next =
        Backoff.after(
            List.of(report(RunOutcome.SUCCEEDED, null), report(RunOutcome.FAILED, null)),
            1,
            FIVE_MINUTES,
            END);
    assertThat(next.at()).isEqualTo(END.plus(Duration.ofMinutes(2)));
    assertThat(next.failures()).isEqualTo(2);
    assertThat(next.throttledUntil()).isNull();
    assertThat(next.backingOff()).isTrue();
  }

  @Test
  void aShortIntervalCapsTheBackOffAtFourIntervals() {
    assertThat(Backoff.exponential(5, Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(4));
  }

  static RunReport report(RunOutcome outcome, Duration retryAfter) {
    return new RunReport(
        1L,
        7,
        SyncResource.CALENDAR,
        RunTrigger.SCHEDULE,
        false,
        END.minusSeconds(5),
        END,
        outcome,
        RunCounts.NONE,
        retryAfter,
        null,
        List.of());
  }
}
