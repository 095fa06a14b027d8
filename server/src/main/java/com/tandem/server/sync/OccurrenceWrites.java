package com.tandem.server.sync;

import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventMapping;
import com.tandem.graph.Event;
import com.tandem.graph.Events;
import com.tandem.graph.Mailbox;
import com.tandem.graph.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a series' changed and cancelled occurrences to Outlook after its master was written: a
 * master write carries neither, so each differing occurrence is patched or deleted by its own id.
 */
final class OccurrenceWrites {

  private static final Logger LOG = LoggerFactory.getLogger(OccurrenceWrites.class);

  private final Events events;
  private final Mailbox mailbox;
  private final String masterId;
  private final Map<LocalDate, String> exceptionIds = new HashMap<>();
  private ZoneId zone;

  private OccurrenceWrites(Events events, Mailbox mailbox, String masterId) {
    this.events = events;
    this.mailbox = mailbox;
    this.masterId = masterId;
  }

  /**
   * Makes the occurrences of Outlook's series {@code masterId} what {@code wanted} has; returns the
   * master's version afterwards, or {@code version} when nothing needed writing.
   */
  static String apply(
      Events events, Mailbox mailbox, String masterId, EventFields wanted, String version) {
    if (wanted.recurrence() == null) {
      return version;
    }
    return new OccurrenceWrites(events, mailbox, masterId).apply(wanted, version);
  }

  private String apply(EventFields wanted, String version) {
    Event master = events.getWithOccurrences(mailbox, masterId);
    EventFields have =
        EventConversion.withoutUnchangedOccurrences(
            EventMapping.fromMicrosoft(OutlookEvents.toEngine(master)));
    OccurrenceDifference difference = OccurrenceDifference.between(have, wanted);
    if (!difference.unrestorable().isEmpty()) {
      LOG.warn(
          "Outlook series {} keeps {} cancelled occurrence(s) wanted back: Graph cannot restore"
              + " them",
          masterId,
          difference.unrestorable().size());
    }
    if (difference.isEmpty()) {
      return version;
    }
    zone = have.start().zone();
    if (master.exceptionOccurrences() != null) {
      for (Event exception : master.exceptionOccurrences()) {
        if (exception.originalStart() != null) {
          exceptionIds.put(exception.originalStart().atZone(zone).toLocalDate(), exception.id());
        }
      }
    }
    for (LocalDate date : difference.cancel()) {
      String id = instanceId(have, date);
      if (id != null) {
        delete(id);
      }
    }
    for (ChangedOccurrence occurrence : difference.change()) {
      patch(have, occurrence.originalDate(), occurrence);
    }
    for (LocalDate date : difference.revert()) {
      patch(have, date, EventConversion.asPlanned(wanted, date));
    }
    return events.get(mailbox, masterId).changeKey();
  }

  private void patch(EventFields series, LocalDate date, ChangedOccurrence values) {
    String id = instanceId(series, date);
    if (id == null) {
      LOG.warn("Outlook series {} has no occurrence on {} to change", masterId, date);
      return;
    }
    events.update(mailbox, id, OutlookEvents.occurrence(values), null);
  }

  private void delete(String id) {
    try {
      events.delete(mailbox, id, null);
    } catch (NotFoundException e) {
      // Already cancelled: what was wanted.
    }
  }

  /** The id of the series' occurrence first planned on {@code date}, or null when it has none. */
  private String instanceId(EventFields series, LocalDate date) {
    String known = exceptionIds.get(date);
    if (known != null) {
      return known;
    }
    Instant planned = date.atTime(series.start().local().toLocalTime()).atZone(zone).toInstant();
    Duration length = Duration.between(series.start().instant(), series.end().instant());
    return events
        .instances(
            mailbox,
            masterId,
            planned.minus(Duration.ofDays(1)),
            planned.plus(length).plus(Duration.ofDays(1)))
        .stream()
        .filter(e -> e.originalStart() != null)
        .filter(e -> e.originalStart().atZone(zone).toLocalDate().equals(date))
        .map(Event::id)
        .findFirst()
        .orElse(null);
  }
}
