package com.tandem.emulator.calendar;

import com.tandem.emulator.graph.EdmValues;
import com.tandem.emulator.graph.GraphEnum;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Applies request bodies to events the way Graph does: defaults, checks, derived properties. */
final class EventWriter {
  private static final Set<String> IGNORED =
      Set.of(
          "id",
          "createdDateTime",
          "lastModifiedDateTime",
          "changeKey",
          "@odata.etag",
          "@odata.type",
          "@odata.context",
          "type",
          "seriesMasterId",
          "iCalUId",
          "webLink",
          "organizer",
          "isOrganizer",
          "bodyPreview",
          "hasAttachments",
          "responseStatus",
          "originalStartTimeZone",
          "originalEndTimeZone",
          "onlineMeeting");
  private static final Set<String> BOOLEANS =
      Set.of(
          "isReminderOn",
          "isAllDay",
          "isCancelled",
          "isDraft",
          "responseRequested",
          "isOnlineMeeting",
          "allowNewTimeProposals",
          "hideAttendees");
  private static final String NUMBER = "reminderMinutesBeforeStart";
  private static final Map<String, GraphEnum> ENUMS =
      Map.of(
          "importance", GraphEnum.IMPORTANCE,
          "sensitivity", GraphEnum.SENSITIVITY,
          "showAs", GraphEnum.FREE_BUSY_STATUS,
          "onlineMeetingProvider", GraphEnum.ONLINE_MEETING_PROVIDER);

  private EventWriter() {}

  /** Applies {@code body} to {@code event} (create or update); 400 on any invalid property. */
  static void apply(Event event, JsonNode body, boolean create) {
    if (!body.isObject()) {
      throw GraphException.badRequest("RequestBodyRead", "The request body must be an object.");
    }
    ObjectNode data = event.data;
    for (Map.Entry<String, JsonNode> p : body.properties()) {
      String name = p.getKey();
      JsonNode value = p.getValue();
      if (IGNORED.contains(name) || name.startsWith("@")) {
        continue;
      }
      switch (name) {
        case "singleValueExtendedProperties" -> ExtendedProperties.write(event, value);
        case "transactionId" -> {
          if (create && !value.isNull()) {
            data.put("transactionId", value.asString());
          }
        }
        case "recurrence", "start", "end" -> data.set(name, value);
        case "body" -> setBody(data, value);
        case "attendees" -> data.set(name, attendees(value));
        case "location" -> EventLocations.set(data, value);
        case "locations" -> data.set(name, EventLocations.list(value));
        default -> {
          if (!data.has(name)) {
            throw GraphException.badRequest(
                "RequestBodyRead",
                "The property '" + name + "' does not exist on type 'microsoft.graph.event'.");
          }
          setProperty(data, name, value);
        }
      }
    }
    resolveTimes(event);
  }

  /**
   * The properties a PATCH of one occurrence changes, checked like a series' (400 on anything
   * invalid, or on a recurrence, which only a series master has).
   */
  static ObjectNode occurrenceChanges(Event master, JsonNode body) {
    if (!body.isObject()) {
      throw GraphException.badRequest("RequestBodyRead", "The request body must be an object.");
    }
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> p : body.properties()) {
      String name = p.getKey();
      JsonNode value = p.getValue();
      if (IGNORED.contains(name) || name.startsWith("@") || name.equals("transactionId")) {
        continue;
      }
      switch (name) {
        case "recurrence" ->
            throw GraphException.badRequest(
                "ErrorInvalidRequest", "An occurrence of a series cannot have a recurrence.");
        case "singleValueExtendedProperties" -> ExtendedProperties.write(master, value);
        case "start", "end" -> {
          zoned(value);
          out.set(name, value);
        }
        case "body" -> setBody(out, value);
        case "attendees" -> out.set(name, attendees(value));
        case "location" -> EventLocations.set(out, value);
        case "locations" -> out.set(name, EventLocations.list(value));
        default -> {
          if (!master.data.has(name)) {
            throw GraphException.badRequest(
                "RequestBodyRead",
                "The property '" + name + "' does not exist on type 'microsoft.graph.event'.");
          }
          setProperty(out, name, value);
        }
      }
    }
    return out;
  }

  /**
   * Sets a plain property: an enum in the schema's spelling whatever the case it came in, a boolean
   * or number converted from a string as Graph converts it. Null, which the schema allows for these
   * properties, leaves them as they are: Outlook keeps a value for each.
   */
  private static void setProperty(ObjectNode data, String name, JsonNode value) {
    GraphEnum type = ENUMS.get(name);
    boolean typed = type != null || BOOLEANS.contains(name) || name.equals(NUMBER);
    if (!typed) {
      data.set(name, value);
    } else if (value.isNull()) {
      return;
    } else if (type != null) {
      data.put(name, type.read(value, "RequestBodyRead"));
    } else if (name.equals(NUMBER)) {
      data.put(name, EdmValues.int32(value, "RequestBodyRead"));
    } else {
      data.put(name, EdmValues.bool(value, "RequestBodyRead"));
    }
  }

  private static void setBody(ObjectNode data, JsonNode value) {
    JsonNode type = value.get("contentType");
    boolean given = type != null && !type.isNull();
    String content = Json.text(value, "content") == null ? "" : Json.text(value, "content");
    ObjectNode b = data.putObject("body");
    b.put("contentType", given ? GraphEnum.BODY_TYPE.read(type, "RequestBodyRead") : "text");
    b.put("content", content);
    String preview = content.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").trim();
    data.put("bodyPreview", preview.length() > 255 ? preview.substring(0, 255) : preview);
  }

  private static ArrayNode attendees(JsonNode value) {
    ArrayNode out = Json.array();
    for (JsonNode a : value) {
      String given = Json.text(a, "type");
      String type = given == null ? "required" : GraphEnum.ATTENDEE_TYPE.canonical(given);
      if (type == null || Json.text(a.path("emailAddress"), "address") == null) {
        throw GraphException.badRequest(
            "ErrorInvalidRecipients", "An attendee needs an email address and a valid type.");
      }
      ObjectNode n = out.addObject();
      n.put("type", type);
      ObjectNode status = n.putObject("status");
      status.put("response", "none");
      status.put("time", EventDefaults.NEVER);
      ObjectNode email = n.putObject("emailAddress");
      email.put(
          "name",
          Json.text(a.path("emailAddress"), "name") == null
              ? Json.text(a.path("emailAddress"), "address")
              : Json.text(a.path("emailAddress"), "name"));
      email.put("address", Json.text(a.path("emailAddress"), "address"));
    }
    return out;
  }

  private static void resolveTimes(Event event) {
    ObjectNode data = event.data;
    if (!data.path("start").isObject() || !data.path("end").isObject()) {
      throw GraphException.badRequest(
          "ErrorInvalidRequest", "Your request can't be completed. Start and end are required.");
    }
    event.start = zoned(data.get("start"));
    event.end = zoned(data.get("end"));
    if (event.end.isBefore(event.start)) {
      throw GraphException.badRequest(
          "ErrorInvalidRequest", "The end of the event must not be before its start.");
    }
    if (data.path("isAllDay").asBoolean(false)
        && (!event.start.toLocalTime().equals(LocalTime.MIDNIGHT)
            || !event.end.toLocalTime().equals(LocalTime.MIDNIGHT))) {
      throw GraphException.badRequest(
          "ErrorInvalidRequest", "An all-day event must start and end at midnight.");
    }
    data.put(
        "originalStartTimeZone",
        Zones.spelling(data.get("start").path("timeZone").asString("UTC")));
    data.put(
        "originalEndTimeZone", Zones.spelling(data.get("end").path("timeZone").asString("UTC")));
    JsonNode rec = data.get("recurrence");
    if (rec == null || rec.isNull()) {
      event.recurrence = null;
      data.put("type", "singleInstance");
      data.putNull("recurrence");
    } else {
      event.recurrence = Recurrence.parse(rec, event.start.toLocalDate());
      data.set("recurrence", event.recurrence.json(event.start.getZone()));
      data.put("type", "seriesMaster");
    }
  }

  static ZonedDateTime zoned(JsonNode dtz) {
    String dateTime = Json.text(dtz, "dateTime");
    ZoneId zone = Zones.zone(Json.text(dtz, "timeZone"));
    if (dateTime == null) {
      throw GraphException.badRequest("ErrorInvalidRequest", "dateTime is required.");
    }
    try {
      String local =
          dateTime.endsWith("Z") ? dateTime.substring(0, dateTime.length() - 1) : dateTime;
      return LocalDateTime.parse(local).atZone(zone);
    } catch (DateTimeParseException e) {
      throw GraphException.badRequest(
          "ErrorInvalidRequest", "'" + dateTime + "' is not a valid date and time.");
    }
  }
}
