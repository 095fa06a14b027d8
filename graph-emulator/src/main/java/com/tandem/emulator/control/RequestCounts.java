package com.tandem.emulator.control;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts of Graph requests served per mailbox, by method and status. */
public final class RequestCounts {
  private final Map<String, Map<String, AtomicLong>> counts = new ConcurrentHashMap<>();

  /** Counts one request. */
  public void count(String mailbox, String method, int status) {
    counts
        .computeIfAbsent(mailbox.toLowerCase(Locale.ROOT), k -> new ConcurrentHashMap<>())
        .computeIfAbsent(method + " " + status, k -> new AtomicLong())
        .incrementAndGet();
  }

  /** {@code "METHOD status" -> count} for a mailbox (UPN). */
  public Map<String, Long> of(String mailbox) {
    Map<String, Long> out = new TreeMap<>();
    counts
        .getOrDefault(mailbox.toLowerCase(Locale.ROOT), Map.of())
        .forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Forgets all counts. */
  public void clear() {
    counts.clear();
  }
}
