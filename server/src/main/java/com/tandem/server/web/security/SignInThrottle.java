package com.tandem.server.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #USER_LIMIT} failed sign-ins for one username (or
 * {@value #ADDRESS_LIMIT} from one address) within {@link #WINDOW}, further attempts are refused
 * for a period that doubles with every further failure. Refusing is an answer, never a wait, so no
 * thread is held.
 */
@Component
class SignInThrottle {

  static final int USER_LIMIT = 5;
  static final int ADDRESS_LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCK = Duration.ofHours(1);
  private static final int MAX_ENTRIES = 100_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long sign-ins for this username or address are still refused; zero when allowed. */
  Duration refusedFor(String username, String address) {
    Instant now = clock.instant();
    Duration byUser = remaining(userKey(username), now);
    Duration byAddress = remaining(addressKey(address), now);
    return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_ENTRIES) {
      failures.values().removeIf(f -> f.forgotten(now));
    }
    failures.compute(userKey(username), (k, f) -> Failures.next(f, now, USER_LIMIT));
    failures.compute(addressKey(address), (k, f) -> Failures.next(f, now, ADDRESS_LIMIT));
  }

  void succeeded(String username) {
    failures.remove(userKey(username));
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent event) {
    failed(event.getAuthentication().getName(), address(event.getAuthentication()));
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    succeeded(event.getAuthentication().getName());
  }

  private Duration remaining(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
      return Duration.ZERO;
    }
    return Duration.between(now, f.lockedUntil());
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }

  private static String userKey(String username) {
    return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }

  /** The failures counted for one key, and until when it is locked. */
  private record Failures(int count, Instant last, Instant lockedUntil) {

    static Failures next(Failures previous, Instant now, int limit) {
      int count = previous == null || previous.forgotten(now) ? 1 : previous.count() + 1;
      Instant lockedUntil = null;
      if (count >= limit) {
        long doublings = Math.min(count - limit, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
      }
      return new Failures(count, now, lockedUntil);
    }

    /**
     * After a quiet window following the last failure or lock, earlier failures no longer count.
     */
    boolean forgotten(Instant now) {
      Instant quietSince = lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
      return now.isAfter(quietSince.plus(WINDOW));
    }
  }
}
