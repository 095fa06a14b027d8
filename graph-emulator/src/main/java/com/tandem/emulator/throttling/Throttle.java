package com.tandem.emulator.throttling;

import com.tandem.emulator.http.GraphException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Outlook's throttling per application and mailbox: a cap on concurrent requests and on requests in
 * a sliding ten-minute window.
 */
public final class Throttle {
  private static final Duration WINDOW = Duration.ofMinutes(10);

  private final Clock clock;
  private volatile int concurrentLimit = 4;
  private volatile int windowLimit = 10_000;
  private final Map<String, AtomicInteger> active = new ConcurrentHashMap<>();
  private final Map<String, ArrayDeque<Long>> history = new ConcurrentHashMap<>();

  /** Limits on the emulator clock. */
  public Throttle(Clock clock) {
    this.clock = clock;
  }

  /** Sets both limits; each must be at least 1. */
  public void limits(int concurrent, int perTenMinutes) {
    if (concurrent < 1 || perTenMinutes < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
    this.concurrentLimit = concurrent;
    this.windowLimit = perTenMinutes;
  }

  /** The concurrent-request limit. */
  public int concurrentLimit() {
    return concurrentLimit;
  }

  /** The per-ten-minutes limit. */
  public int windowLimit() {
    return windowLimit;
  }

  /** Forgets all counters and restores the default limits. */
  public void clear() {
    concurrentLimit = 4;
    windowLimit = 10_000;
    active.clear();
    history.clear();
  }

  /** Admits a request or throws 429; close the permit when the request is done. */
  public AutoCloseable acquire(String key) {
    long now = clock.millis();
    ArrayDeque<Long> times = history.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      long cutoff = now - WINDOW.toMillis();
      while (!times.isEmpty() && times.peekFirst() <= cutoff) {
        times.pollFirst();
      }
      if (times.size() >= windowLimit) {
        long retry = Math.max(1, (times.peekFirst() + WINDOW.toMillis() - now + 999) / 1000);
        throw new GraphException(429, "TooManyRequests", "Please retry again later.")
            .header("Retry-After", Long.toString(retry));
      }
      AtomicInteger count = active.computeIfAbsent(key, k -> new AtomicInteger());
      if (count.incrementAndGet() > concurrentLimit) {
        count.decrementAndGet();
        throw new GraphException(
                429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.")
            .header("Retry-After", "1");
      }
      times.addLast(now);
      return count::decrementAndGet;
    }
  }
}
