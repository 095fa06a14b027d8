package com.tandem.server.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  Instant now = Instant.parse("2026-03-01T10:00:00Z");
  SignInThrottle throttle =
      new SignInThrottle(
          new Clock() {
            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void fourFailuresAreForgivenTheFifthLocksForThirtySeconds() {
    fail("kim", 4);
    assertThat(throttle.refusedFor("kim", "10.0.0.1")).isZero();
    fail("kim", 1);
    assertThat(throttle.refusedFor("kim", "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));
    assertThat(throttle.refusedFor("KIM ", "10.0.0.2")).isEqualTo(Duration.ofSeconds(30));
    assertThat(throttle.refusedFor("lee", "10.0.0.2")).isZero();
  }

  @Test
  void eachFurtherFailureDoublesTheLockUpToAnHour() {
    fail("kim", 5);
    Duration expected = Duration.ofSeconds(30);
    for (int i = 0; i < 10; i++) {
      now = now.plus(throttle.refusedFor("kim", "10.0.0.1"));
      fail("kim", 1);
      expected =
          expected.multipliedBy(2).compareTo(Duration.ofHours(1)) > 0
              ? Duration.ofHours(1)
              : expected.multipliedBy(2);
      assertThat(throttle.refusedFor("kim", "10.0.0.1")).isEqualTo(expected);
    }
  }

  @Test
  void aSuccessOrAQuietQuarterOfAnHourStartsTheCountAgain() {
    fail("kim", 4);
    throttle.succeeded("kim");
    fail("kim", 4);
    assertThat(throttle.refusedFor("kim", "10.0.0.1")).isZero();
    now = now.plus(Duration.ofMinutes(16));
    fail("kim", 4);
    assertThat(throttle.refusedFor("kim", "10.0.0.1")).isZero();
  }

  @Test
  void manyUsernamesFromOneAddressLockTheAddress() {
    for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
      throttle.failed("user" + i, "10.9.9.9");
    }
    assertThat(throttle.refusedFor("someone-new", "10.9.9.9")).isPositive();
    assertThat(throttle.refusedFor("someone-new", "10.0.0.1")).isZero();
  }

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, "10.0.0.1");
    }
  }
}
