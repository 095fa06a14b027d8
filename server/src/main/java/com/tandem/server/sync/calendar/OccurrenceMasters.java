package com.tandem.server.sync.calendar;

import com.tandem.graph.Mailbox;
import java.util.Map;
import java.util.Optional;

/**
 * Which series each occurrence id seen in a mailbox belongs to. Graph's delta reports a deleted
 * series as {@code @removed} occurrence ids only, which say nothing of their master; remembering
 * the occurrences of earlier rounds (across restarts and nodes) lets an incremental run pass the
 * series' deletion on.
 */
interface OccurrenceMasters {

  /** Remembers, for each occurrence id, the series it belongs to. */
  void remember(Mailbox mailbox, Map<String, String> masterByOccurrence);

  /** The series an occurrence id belongs to, when it was seen. */
  Optional<String> masterOf(Mailbox mailbox, String occurrenceId);

  /** Forgets the occurrences of a series that is gone. */
  void forget(Mailbox mailbox, String masterId);
}
