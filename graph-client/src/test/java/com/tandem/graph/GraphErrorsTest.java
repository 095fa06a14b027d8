package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphErrorsTest {

  private final GraphErrors errors =
      new GraphErrors(Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC));

  private static HttpHeaders retryAfter(String value) {
    return HttpHeaders.of(Map.of("Retry-After", List.of(value)), (name, v) -> true);
  }

  @Test
  void retryAfterInWholeSeconds() {
    assertThat(errors.retryAfter(retryAfter("10"))).contains(Duration.ofSeconds(10));
  }

  @Test
  void retryAfterWithDecimalsIsRoundedUp() {
    assertThat(errors.retryAfter(retryAfter("2.1"))).contains(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredFromTheClock() {
    assertThat(errors.retryAfter(retryAfter("Sun, 01 Feb 2026 10:00:45 GMT")))
        .contains(Duration.ofSeconds(45));
    assertThat(errors.retryAfter(retryAfter("Sun, 01 Feb 2026 09:00:00 GMT")))
        .contains(Duration.ZERO);
  }

  @Test
  void unreadableRetryAfterIsAbsent() {
    assertThat(errors.retryAfter(retryAfter("soon"))).isEmpty();
    assertThat(errors.retryAfter(retryAfter("-5"))).isEmpty();
    assertThat(errors.retryAfter(HttpHeaders.of(Map.of(), (n, v) -> true))).isEmpty();
  }
}
