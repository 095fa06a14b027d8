package com.tandem.server.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which series each occurrence id seen in Outlook belongs to. Graph's delta reports a deleted
 * series as {@code @removed} occurrence ids only, which say nothing of their master; remembering
 * the occurrences of earlier rounds lets an incremental run pass the series' deletion on. Kept in
 * memory and bounded: after a restart, or for occurrences long unseen, the next full read finds the
 * series gone instead.
 */
final class OccurrenceMasters {

  private final Map<String, String> masters;

  /** An empty memory of at most {@code capacity} occurrences, the least recently seen forgotten. */
  OccurrenceMasters(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.masters =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Remembers that {@code occurrenceId} belongs to the series {@code masterId}. */
  synchronized void remember(String occurrenceId, String masterId) {
    if (occurrenceId != null && masterId != null) {
      masters.put(occurrenceId, masterId);
    }
  }

  /** The series an occurrence id belongs to, when it was seen. */
  synchronized Optional<String> masterOf(String occurrenceId) {
    return Optional.ofNullable(masters.get(occurrenceId));
  }
}
