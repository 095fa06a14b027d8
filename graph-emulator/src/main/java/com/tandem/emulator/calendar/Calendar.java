package com.tandem.emulator.calendar;

import com.tandem.emulator.delta.ChangeLog;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.graph.ChangeSink;
import com.tandem.emulator.graph.GraphCall;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A user's primary calendar: events by id, the transactionId index and the change log. */
public final class Calendar {
  private final Account owner;
  private final ChangeSink sink;
  final Map<String, Event> events = new LinkedHashMap<>();
  private final Map<String, String> byTransactionId = new HashMap<>();
  final ChangeLog log = new ChangeLog();

  /** An empty calendar. */
  public Calendar(Account owner, ChangeSink sink) {
    this.owner = owner;
    this.sink = sink;
  }

  /** Number of events (series count once). */
  public int size() {
    return events.size();
  }

  Event create(GraphCall call, JsonNode body) {
    String tx = Json.text(body, "transactionId");
    if (tx != null && byTransactionId.containsKey(tx)) {
      Event existing = events.get(byTransactionId.get(tx));
      if (existing != null) {
        return existing;
      }
    }
    Event event = new Event(Ids.outlook());
    event.data = EventDefaults.of(event.id, owner, call.now());
    EventWriter.apply(event, body, true);
    events.put(event.id, event);
    if (tx != null) {
      byTransactionId.put(tx, event.id);
    }
    log.changed(event.id, call.directory().nextSequence());
    notify(event, "created");
    return event;
  }

  /** The stored event (master or single) for an id, resolving occurrence ids to their master. */
  Event find(String id) {
    Event e = events.get(id);
    if (e != null) {
      return e;
    }
    String[] occ = Event.parseOccurrenceId(id);
    Event master = occ == null ? null : events.get(occ[0]);
    if (master == null) {
      throw GraphException.notFound();
    }
    return master;
  }

  /** The occurrence date an id denotes, or null for a master or single event. */
  static LocalDate occurrenceDate(Event master, String id) {
    String[] occ = Event.parseOccurrenceId(id);
    if (occ == null || master.recurrence == null) {
      return null;
    }
    LocalDate date = LocalDate.parse(occ[1]);
    if (master.cancelled.contains(date) || master.recurrence.dates(date, date).isEmpty()) {
      throw GraphException.notFound();
    }
    return date;
  }

  void update(GraphCall call, Event event, LocalDate occurrence, JsonNode body) {
    checkIfMatch(call, event, occurrence);
    if (occurrence != null) {
      ObjectNode exception = event.exceptions.getOrDefault(occurrence, Json.object()).deepCopy();
      EventWriter.occurrenceChanges(event, body)
          .properties()
          .forEach(p -> exception.set(p.getKey(), p.getValue()));
      ZonedDateTime original = event.start.with(occurrence);
      ZonedDateTime start =
          exception.has("start") ? EventWriter.zoned(exception.get("start")) : original;
      ZonedDateTime end =
          exception.has("end")
              ? EventWriter.zoned(exception.get("end"))
              : original.plus(java.time.Duration.between(event.start, event.end));
      if (end.isBefore(start)) {
        throw GraphException.badRequest(
            "ErrorInvalidRequest", "The end of the event must not be before its start.");
      }
      event.exceptions.put(occurrence, exception);
    } else {
      ObjectNode before = event.data.deepCopy();
      ZonedDateTime start = event.start;
      ZonedDateTime end = event.end;
      try {
        EventWriter.apply(event, body, false);
      } catch (GraphException e) {
        event.data = before;
        EventWriter.apply(event, Json.object(), false);
        throw e;
      }
      if (seriesRedrawn(before, start, end, event)) {
        // As in Outlook: a series whose pattern or times change loses its exceptions.
        event.exceptions.clear();
        event.cancelled.clear();
      }
    }
    touch(call, event);
    notify(event, "updated");
  }

  private static boolean seriesRedrawn(
      ObjectNode before, ZonedDateTime start, ZonedDateTime end, Event after) {
    return !before.path("recurrence").equals(after.data.path("recurrence"))
        || !start.toLocalTime().equals(after.start.toLocalTime())
        || !start.getZone().equals(after.start.getZone())
        || !java.time.Duration.between(start, end)
            .equals(java.time.Duration.between(after.start, after.end));
  }

  void delete(GraphCall call, Event event, LocalDate occurrence) {
    checkIfMatch(call, event, occurrence);
    if (occurrence != null) {
      event.cancelled.add(occurrence);
      event.exceptions.remove(occurrence);
      touch(call, event);
      notify(event, "updated");
      return;
    }
    events.remove(event.id);
    String tx = Json.text(event.data, "transactionId");
    if (tx != null) {
      byTransactionId.remove(tx);
    }
    log.removed(event.id, call.directory().nextSequence(), event);
    sink.changed(owner, "events", event.id, "deleted", "#microsoft.graph.event", null);
  }

  private void touch(GraphCall call, Event event) {
    event.data.put("changeKey", Ids.changeKey());
    event.data.put("lastModifiedDateTime", Json.instant(call.now()));
    log.changed(event.id, call.directory().nextSequence());
  }

  private void notify(Event event, String type) {
    sink.changed(
        owner,
        "events",
        event.id,
        type,
        "#microsoft.graph.event",
        "W/\"" + event.changeKey() + "\"");
  }

  private static void checkIfMatch(GraphCall call, Event event, LocalDate occurrence) {
    String ifMatch = call.request().header("If-Match");
    if (ifMatch == null || ifMatch.trim().equals("*")) {
      return;
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (!tag.equals(event.changeKey())) {
      throw new GraphException(
          412,
          "ErrorIrresolvableConflict",
          "The send or update operation could not be performed because the change key passed in"
              + " the request does not match the current change key for the item.");
    }
  }

  /** An instance of an event: a single event, or one occurrence of a series. */
  record Instance(ZonedDateTime start, Event event, LocalDate date) {
    ObjectNode render(EventView view) {
      return date == null ? view.render(event) : view.occurrence(event, date);
    }
  }

  /** Occurrences and single events overlapping {@code [from, to)}, sorted by start. */
  List<Instance> view(ZonedDateTime from, ZonedDateTime to) {
    List<Instance> found = new ArrayList<>();
    for (Event e : events.values()) {
      instances(e, from, to, found);
    }
    found.sort((a, b) -> a.start().compareTo(b.start()));
    return found;
  }

  /** Adds each instance of {@code e} overlapping the window. */
  static void instances(Event e, ZonedDateTime from, ZonedDateTime to, List<Instance> out) {
    if (e.recurrence == null) {
      if (overlaps(e.start, e.end, from, to)) {
        out.add(new Instance(e.start, e, null));
      }
      return;
    }
    java.time.Duration length = java.time.Duration.between(e.start, e.end);
    LocalDate first =
        from.withZoneSameInstant(e.start.getZone())
            .toLocalDate()
            .minusDays(Math.max(1, length.toDays() + 1));
    LocalDate last = to.withZoneSameInstant(e.start.getZone()).toLocalDate().plusDays(1);
    for (LocalDate d : e.recurrence.dates(first, last)) {
      if (e.cancelled.contains(d)) {
        continue;
      }
      ZonedDateTime s = e.start.with(d);
      ZonedDateTime en = s.plus(length);
      ObjectNode exception = e.exceptions.get(d);
      if (exception != null && exception.has("start")) {
        s = EventWriter.zoned(exception.get("start"));
      }
      if (exception != null && exception.has("end")) {
        en = EventWriter.zoned(exception.get("end"));
      }
      if (overlaps(s, en, from, to)) {
        out.add(new Instance(s, e, d));
      }
    }
  }

  static boolean overlaps(ZonedDateTime s, ZonedDateTime e, ZonedDateTime from, ZonedDateTime to) {
    boolean empty = s.equals(e);
    return s.isBefore(to) && (e.isAfter(from) || (empty && !s.isBefore(from)));
  }
}
