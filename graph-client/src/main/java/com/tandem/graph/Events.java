package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.model.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Calendar events of a mailbox's primary calendar: create, read, find, update, delete, delta. */
public final class Events {

  /** The extended property that carries the CRM record's id on every event Tandem creates. */
  public static final String CRM_ID_PROPERTY =
      "String {7f1b5a2e-3c4d-4e8f-9a6b-1d2c3e4f5a6b} Name Tandem.CrmId";

  private static final List<String> READ_ONLY =
      List.of(
          "@odata.etag",
          "id",
          "changeKey",
          "createdDateTime",
          "lastModifiedDateTime",
          "iCalUId",
          "bodyPreview",
          "organizer",
          "isCancelled",
          "type",
          "seriesMasterId",
          "originalStartTimeZone",
          "originalEndTimeZone",
          "originalStart",
          "cancelledOccurrences",
          "exceptionOccurrences");

  /**
   * What a read of a series with its occurrence changes selects: Graph returns {@code
   * cancelledOccurrences} only when selected, so every property the record holds is named.
   */
  private static final String SERIES_SELECT =
      String.join(
          ",",
          "changeKey",
          "createdDateTime",
          "lastModifiedDateTime",
          "transactionId",
          "iCalUId",
          "subject",
          "body",
          "bodyPreview",
          "start",
          "end",
          "isAllDay",
          "location",
          "attendees",
          "organizer",
          "recurrence",
          "showAs",
          "sensitivity",
          "importance",
          "isReminderOn",
          "reminderMinutesBeforeStart",
          "isCancelled",
          "type",
          "seriesMasterId",
          "categories",
          "originalStartTimeZone",
          "originalEndTimeZone",
          "originalStart",
          "cancelledOccurrences");

  private final GraphHttp http;
  private final Pages pages;

  Events(GraphHttp http) {
    this.http = http;
    this.pages = new Pages(http);
  }

  /**
   * Creates an event stamped with the CRM id and an idempotency key, so that repeating the call
   * after a lost response yields the same event rather than a second one.
   */
  public Event create(Mailbox mailbox, Event event, String transactionId, String crmId) {
    Checks.text(transactionId, "transactionId");
    Checks.text(crmId, "crmId");
    Event stamped =
        event.toBuilder()
            .transactionId(transactionId)
            .extendedProperty(CRM_ID_PROPERTY, crmId)
            .build();
    return create(mailbox, stamped);
  }

  /** Creates an event as given. */
  public Event create(Mailbox mailbox, Event event) {
    Objects.requireNonNull(event, "event == null");
    if (event.start() == null || event.end() == null) {
      throw new IllegalArgumentException("an event needs a start and an end");
    }
    JsonNode created =
        http.write(
            mailbox,
            "POST",
            http.uri(mailbox.path("events"), Map.of()),
            writable(event, true),
            null);
    return read(created, "POST", mailbox.path("events"));
  }

  /** Reads an event with its CRM id expanded. */
  public Event get(Mailbox mailbox, String id) {
    String path = mailbox.path("events", Checks.text(id, "id"));
    return read(http.get(mailbox, http.uri(path, expandCrmId())), "GET", path);
  }

  /**
   * Reads an event with its CRM id expanded and, for a series master, its cancelled occurrences and
   * its exceptions (each with its {@code originalStart}).
   */
  public Event getWithOccurrences(Mailbox mailbox, String id) {
    String path = mailbox.path("events", Checks.text(id, "id"));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("$select", SERIES_SELECT);
    query.put("$expand", "exceptionOccurrences," + expandCrmId().get("$expand"));
    return read(http.get(mailbox, http.uri(path, query)), "GET", path);
  }

  /**
   * The occurrences and exceptions of a series that overlap {@code [start, end)}, in start order;
   * each one can be updated or deleted by its id like an event.
   */
  public List<Event> instances(Mailbox mailbox, String seriesMasterId, Instant start, Instant end) {
    Map<String, String> window = window(start, end);
    String path =
        mailbox.path("events", Checks.text(seriesMasterId, "seriesMasterId"), "instances");
    return pages.all(mailbox, http.uri(path, window), Event.class);
  }

  /** Finds the events stamped with a CRM id (normally one; several mean duplicates). */
  public List<Event> findByCrmId(Mailbox mailbox, String crmId) {
    Checks.text(crmId, "crmId");
    Map<String, String> query = new LinkedHashMap<>();
    query.put(
        "$filter",
        "singleValueExtendedProperties/Any(ep: ep/id eq "
            + GraphUris.odataString(CRM_ID_PROPERTY)
            + " and ep/value eq "
            + GraphUris.odataString(crmId)
            + ")");
    query.putAll(expandCrmId());
    return pages.all(mailbox, http.uri(mailbox.path("events"), query), Event.class);
  }

  /**
   * Changes the properties set in {@code changes}; with an etag, only if the event is unchanged
   * since (else {@link PreconditionFailedException}).
   *
   * @param ifMatch the {@code @odata.etag} last read, or null to overwrite unconditionally
   */
  public Event update(Mailbox mailbox, String id, Event changes, String ifMatch) {
    Objects.requireNonNull(changes, "changes == null");
    String path = mailbox.path("events", Checks.text(id, "id"));
    JsonNode updated =
        http.write(mailbox, "PATCH", http.uri(path, Map.of()), writable(changes, false), ifMatch);
    return updated == null ? get(mailbox, id) : read(updated, "PATCH", path);
  }

  /**
   * Turns a series master back into a single event ({@code "recurrence": null}), which an update
   * cannot express because it leaves out unset properties.
   *
   * @param ifMatch the {@code @odata.etag} last read, or null to overwrite unconditionally
   */
  public Event removeRecurrence(Mailbox mailbox, String id, String ifMatch) {
    String path = mailbox.path("events", Checks.text(id, "id"));
    ObjectNode body = GraphJson.MAPPER.createObjectNode().putNull("recurrence");
    JsonNode updated = http.write(mailbox, "PATCH", http.uri(path, Map.of()), body, ifMatch);
    return updated == null ? get(mailbox, id) : read(updated, "PATCH", path);
  }

  /**
   * Deletes an event; with an etag, only if it is unchanged since.
   *
   * @param ifMatch the {@code @odata.etag} last read, or null to delete unconditionally
   */
  public void delete(Mailbox mailbox, String id, String ifMatch) {
    String path = mailbox.path("events", Checks.text(id, "id"));
    http.write(mailbox, "DELETE", http.uri(path, Map.of()), null, ifMatch);
  }

  /**
   * Starts a delta round over the calendar view between two instants: its pages, pulled one after
   * another (the next fetched while the caller works on one); the last carries the delta link to
   * store for the next round.
   */
  public DeltaPages<Event> deltaPages(Mailbox mailbox, Instant start, Instant end) {
    return pages.deltaPages(
        mailbox, http.uri(mailbox.path("calendarView", "delta"), window(start, end)), Event.class);
  }

  /**
   * The pages that continue from a stored delta link (or a next link of an interrupted round); an
   * expired link, or one for another Graph, raises {@link SyncStateExpiredException} when the first
   * page is pulled (or here, for a link of another Graph).
   */
  public DeltaPages<Event> resumePages(Mailbox mailbox, String link) {
    return pages.deltaPages(mailbox, http.storedLink(link), Event.class);
  }

  /**
   * The pages of a delta round whose first request ({@link #deltaRequest} or {@link
   * #resumeRequest}) was answered in a batch, starting with that answer; a failed first request
   * throws, when pulled, what a single call would have thrown.
   */
  public DeltaPages<Event> deltaPages(Mailbox mailbox, BatchResult batch, String id) {
    return pages.deltaPages(mailbox, batch, id, Event.class);
  }

  /**
   * Starts a delta round over the calendar view between two instants, handing each page to the
   * callback as it arrives, and returns the delta link to store for the next round.
   */
  public String delta(
      Mailbox mailbox, Instant start, Instant end, Consumer<DeltaPage<Event>> onPage) {
    return pages.delta(
        mailbox,
        http.uri(mailbox.path("calendarView", "delta"), window(start, end)),
        Event.class,
        onPage);
  }

  /**
   * Continues from a stored delta link (or a next link of an interrupted round) and returns the new
   * delta link; an expired link, or one for another Graph, raises {@link
   * SyncStateExpiredException}.
   */
  public String resume(Mailbox mailbox, String link, Consumer<DeltaPage<Event>> onPage) {
    return pages.delta(mailbox, http.storedLink(link), Event.class, onPage);
  }

  /**
   * The first request of a delta round over the calendar view between two instants, to send as a
   * member of a {@code $batch}; {@link #delta(Mailbox, BatchResult, String, Consumer)} goes on from
   * its answer.
   */
  public BatchRequest deltaRequest(String id, Mailbox mailbox, Instant start, Instant end) {
    return http.batchGet(id, http.uri(mailbox.path("calendarView", "delta"), window(start, end)));
  }

  /**
   * The request that continues from a stored delta or next link, to send as a member of a {@code
   * $batch}; a link for another Graph raises {@link SyncStateExpiredException}.
   */
  public BatchRequest resumeRequest(String id, String link) {
    return http.batchResume(id, link);
  }

  /**
   * Goes on with a delta round whose first request ({@link #deltaRequest} or {@link
   * #resumeRequest}) was answered in a batch: hands that page and every later one to the callback
   * and returns the new delta link. A failed first request throws what a single call would have
   * thrown (throttled with its own Retry-After, sync state expired …).
   */
  public String delta(
      Mailbox mailbox, BatchResult batch, String id, Consumer<DeltaPage<Event>> onPage) {
    return pages.delta(mailbox, batch, id, Event.class, onPage);
  }

  private static Map<String, String> window(Instant start, Instant end) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end " + end + " is not after start " + start);
    }
    Map<String, String> window = new LinkedHashMap<>();
    window.put("startDateTime", start.truncatedTo(ChronoUnit.SECONDS).toString());
    window.put("endDateTime", end.truncatedTo(ChronoUnit.SECONDS).toString());
    return window;
  }

  private static Map<String, String> expandCrmId() {
    return Map.of(
        "$expand",
        "singleValueExtendedProperties($filter=id eq "
            + GraphUris.odataString(CRM_ID_PROPERTY)
            + ")");
  }

  static ObjectNode writable(Event event, boolean create) {
    ObjectNode json = GraphJson.object(event);
    json.remove(READ_ONLY);
    if (!create) {
      json.remove("transactionId");
    }
    JsonNode attendees = json.get("attendees");
    if (attendees != null) {
      attendees.forEach(attendee -> ((ObjectNode) attendee).remove("status"));
    }
    return json;
  }

  private static Event read(JsonNode json, String method, String path) {
    GraphError context = GraphError.of(method + " " + path, 200, null, "no event in answer", null);
    if (json == null) {
      throw new MalformedResponseException(context, null);
    }
    return GraphJson.value(json, Event.class, context);
  }
}
