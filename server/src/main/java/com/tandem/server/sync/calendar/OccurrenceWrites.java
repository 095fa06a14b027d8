package com.tandem.server.sync.calendar;

import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventMapping;
import com.tandem.graph.Events;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.model.Event;
import com.tandem.server.sync.resource.VersionFormats;
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
  private final Map<LocalDate, Event> exceptions = new HashMap<>();
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
          exceptions.put(exception.originalStart().atZone(zone).toLocalDate(), exception);
        }
      }
    }
    for (LocalDate date : difference.cancel()) {
      Event occurrence = instance(have, date);
      if (occurrence != null) {
        delete(occurrence);
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

  /**
   * Writes one occurrence as read a moment ago (If-Match): an edit made in Outlook meanwhile ends
   * the write with a 412, and the run reads the series again and decides again.
   */
  private void patch(EventFields series, LocalDate date, ChangedOccurrence values) {
    Event occurrence = instance(series, date);
    if (occurrence == null) {
      LOG.warn("Outlook series {} has no occurrence on {} to change", masterId, date);
      return;
    }
    events.update(
        mailbox,
        occurrence.id(),
        OutlookEvents.occurrence(values),
        VersionFormats.etag(occurrence.changeKey()));
  }

  private void delete(Event occurrence) {
    try {
      events.delete(mailbox, occurrence.id(), VersionFormats.etag(occurrence.changeKey()));
    } catch (NotFoundException e) {
      // Already cancelled: what was wanted.
    }
  }

  /** The series' occurrence first planned on {@code date}, or null when it has none. */
  private Event instance(EventFields series, LocalDate date) {
    Event known = exceptions.get(date);
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
        .findFirst()
        .orElse(null);
  }
}
