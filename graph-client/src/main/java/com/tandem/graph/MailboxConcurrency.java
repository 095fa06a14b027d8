package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.ThrottledException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps at most N requests in flight per mailbox, as Outlook's limit is 4 per application and
 * mailbox; a request over the limit is refused at once (never queued), like Graph's own 429.
 */
final class MailboxConcurrency {

  private final int limit;
  private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

  MailboxConcurrency(int limit) {
    this.limit = limit;
  }

  /** Takes a slot for the mailbox, or throws {@link ThrottledException} when all are taken. */
  Slot acquire(Mailbox mailbox, String request) {
    String key = key(mailbox);
    boolean[] taken = {false};
    inFlight.compute(
        key,
        (k, count) -> {
          int now = count == null ? 0 : count;
          if (now >= limit) {
            return count;
          }
          taken[0] = true;
          return now + 1;
        });
    if (!taken[0]) {
      throw new ThrottledException(
          GraphError.of(
              request,
              0,
              "MailboxConcurrency",
              "Tandem already has " + limit + " requests in flight for this mailbox.",
              null),
          Duration.ofSeconds(1));
    }
    return () -> inFlight.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
  }

  /** How many requests are in flight for the mailbox. */
  int inFlight(Mailbox mailbox) {
    return inFlight.getOrDefault(key(mailbox), 0);
  }

  // The signed-in user's mailbox is only known by its connection; a named one by its user.
  private static String key(Mailbox mailbox) {
    return mailbox.user() == null
        ? "me:" + mailbox.connection()
        : "user:" + mailbox.user().toLowerCase(Locale.ROOT);
  }

  /** A taken slot, given back when the response has arrived. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }
}
