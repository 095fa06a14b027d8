package com.tandem.server.sync.calendar;

import com.tandem.graph.Mailbox;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Occurrences remembered in memory, for tests of the calendar side without a database. */
final class MemoryOccurrenceMasters implements OccurrenceMasters {

  private final Map<String, String> masters = new ConcurrentHashMap<>();

  @Override
  public void remember(Mailbox mailbox, Map<String, String> masterByOccurrence) {
    masterByOccurrence.forEach((o, m) -> masters.putIfAbsent(mailbox.connection() + "/" + o, m));
  }

  @Override
  public Optional<String> masterOf(Mailbox mailbox, String occurrenceId) {
    return Optional.ofNullable(masters.get(mailbox.connection() + "/" + occurrenceId));
  }

  @Override
  public void forget(Mailbox mailbox, String masterId) {
    masters
        .entrySet()
        .removeIf(
            e ->
                e.getKey().startsWith(mailbox.connection() + "/") && e.getValue().equals(masterId));
  }
}
