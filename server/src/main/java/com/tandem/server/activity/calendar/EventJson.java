package com.tandem.server.activity.calendar;

import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.JsonInput;
import com.tandem.server.activity.Problems;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of calendar events, used by the REST API and for the attendee and recurrence
 * columns, so that there is one definition of it.
 */
public final class EventJson {

  public static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> FIELDS =
      Set.of(
          "title",
          "description",
          "start",
          "end",
          "timeZone",
          "allDay",
          "location",
          "attendees",
          "reminderMinutes",
          "showAs",
          "isPrivate",
          "recurrence",
          // read-only, ignored on input so that a GET body can be sent back as it is
          "id",
          "userId",
          "version",
          "updatedAt");

  private EventJson() {}

  /** Reads an event's fields; throws {@link InvalidActivityException} naming each bad field. */
  static CalendarEventFields read(JsonNode body) {
    Problems problems = new Problems();
    JsonInput in = JsonInput.root(body, problems);
    in.allowOnly(FIELDS);
    String title = in.text("title");
    String description = in.text("description");
    LocalDateTime start = in.localDateTime("start");
    LocalDateTime end = in.localDateTime("end");
    var zone = in.zone("timeZone");
    boolean allDay = in.bool("allDay");
    String location = in.text("location");
    List<Attendee> attendees = attendees(in, "attendees");
    Integer reminder = in.integer("reminderMinutes");
    ShowAs showAs = in.choice("showAs", ShowAs.class, Enum::name);
    boolean isPrivate = in.bool("isPrivate");
    JsonInput r = in.object("recurrence");
    Recurrence recurrence = r == null ? null : recurrence(r, problems);
    problems.throwIfAny();
    return new CalendarEventFields(
        title,
        description,
        start,
        end,
        zone,
        allDay,
        location,
        attendees,
        reminder,
        showAs,
        isPrivate,
        recurrence);
  }

  /** The event as the API shows it. */
  static ObjectNode write(CalendarEvent event) {
    CalendarEventFields f = event.fields();
    ObjectNode o = NODES.objectNode();
    o.put("id", event.id());
    o.put("userId", event.userId());
    o.put("title", f.title());
    o.put("description", f.description());
    o.put("start", localDateTime(f.start()));
    o.put("end", localDateTime(f.end()));
    o.put("timeZone", f.timeZone().getId());
    o.put("allDay", f.allDay());
    o.put("location", f.location());
    o.set("attendees", attendees(f.attendees()));
    if (f.reminderMinutes() == null) {
      o.putNull("reminderMinutes");
    } else {
      o.put("reminderMinutes", f.reminderMinutes());
    }
    o.put("showAs", f.showAs().name());
    o.put("isPrivate", f.isPrivate());
    o.set("recurrence", f.recurrence() == null ? NODES.nullNode() : recurrence(f.recurrence()));
    o.put("version", event.version());
    o.put("updatedAt", event.updatedAt().toString());
    return o;
  }

  static String attendeesColumn(List<Attendee> attendees) {
    return MAPPER.writeValueAsString(attendees(attendees));
  }

  static List<Attendee> attendeesFromColumn(String json) {
    Problems problems = new Problems();
    List<Attendee> result =
        attendees(JsonInput.root(MAPPER.readTree("{\"a\":" + json + "}"), problems), "a");
    problems.throwIfAny();
    return result;
  }

  static String recurrenceColumn(Recurrence recurrence) {
    return recurrence == null ? null : MAPPER.writeValueAsString(recurrence(recurrence));
  }

  static Recurrence recurrenceFromColumn(String json) {
    if (json == null) {
      return null;
    }
    Problems problems = new Problems();
    Recurrence result = recurrence(JsonInput.root(MAPPER.readTree(json), problems), problems);
    problems.throwIfAny();
    return result;
  }

  private static List<Attendee> attendees(JsonInput in, String name) {
    List<Attendee> result = new ArrayList<>();
    for (JsonInput a : in.objects(name, CalendarEventFields.MAX_ATTENDEES)) {
      a.allowOnly(Set.of("email", "name", "type", "response"));
      result.add(
          new Attendee(
              a.text("email"),
              a.text("name"),
              a.choice("type", Attendee.Type.class, Enum::name),
              a.choice("response", Attendee.Response.class, Enum::name)));
    }
    return result;
  }

  private static ArrayNode attendees(List<Attendee> attendees) {
    ArrayNode array = NODES.arrayNode();
    for (Attendee a : attendees) {
      ObjectNode o = array.addObject();
      o.put("email", a.email());
      o.put("name", a.name());
      o.put("type", a.type().name());
      o.put("response", a.response().name());
    }
    return array;
  }

  private static Recurrence recurrence(JsonInput in, Problems problems) {
    in.allowOnly(Set.of("pattern", "range", "exceptions"));
    JsonInput p = in.object("pattern");
    JsonInput r = in.object("range");
    if (p == null) {
      problems.add(in.path("pattern"), "required");
    }
    if (r == null) {
      problems.add(in.path("range"), "required");
    }
    RecurrencePattern pattern = p == null ? null : pattern(p);
    RecurrenceRange range = r == null ? null : range(r);
    List<RecurrenceException> exceptions = new ArrayList<>();
    for (JsonInput e : in.objects("exceptions", Recurrence.MAX_EXCEPTIONS)) {
      e.allowOnly(Set.of("originalStart", "cancelled", "title", "start", "end", "location"));
      exceptions.add(
          new RecurrenceException(
              e.localDateTime("originalStart"),
              e.bool("cancelled"),
              e.text("title"),
              e.localDateTime("start"),
              e.localDateTime("end"),
              e.text("location")));
    }
    return pattern == null || range == null ? null : new Recurrence(pattern, range, exceptions);
  }

  private static RecurrencePattern pattern(JsonInput p) {
    p.allowOnly(
        Set.of("type", "interval", "daysOfWeek", "dayOfMonth", "month", "index", "firstDayOfWeek"));
    Integer interval = p.integer("interval");
    return new RecurrencePattern(
        p.choice("type", RecurrencePattern.Type.class, RecurrencePattern.Type::json),
        interval == null ? 1 : interval,
        p.days("daysOfWeek"),
        p.integer("dayOfMonth"),
        p.integer("month"),
        p.choice("index", RecurrencePattern.Index.class, RecurrencePattern.Index::json),
        p.dayOfWeek("firstDayOfWeek"));
  }

  private static RecurrenceRange range(JsonInput r) {
    r.allowOnly(Set.of("type", "startDate", "endDate", "numberOfOccurrences"));
    return new RecurrenceRange(
        r.choice("type", RecurrenceRange.Type.class, RecurrenceRange.Type::json),
        r.date("startDate"),
        r.date("endDate"),
        r.integer("numberOfOccurrences"));
  }

  private static ObjectNode recurrence(Recurrence recurrence) {
    ObjectNode o = NODES.objectNode();
    RecurrencePattern p = recurrence.pattern();
    ObjectNode pattern = o.putObject("pattern");
    pattern.put("type", p.type().json());
    pattern.put("interval", p.interval());
    ArrayNode days = pattern.putArray("daysOfWeek");
    p.daysOfWeek().forEach(d -> days.add(JsonInput.dayName(d)));
    pattern.put("dayOfMonth", p.dayOfMonth());
    pattern.put("month", p.month());
    pattern.put("index", p.index() == null ? null : p.index().json());
    pattern.put("firstDayOfWeek", JsonInput.dayName(p.firstDayOfWeek()));
    RecurrenceRange r = recurrence.range();
    ObjectNode range = o.putObject("range");
    range.put("type", r.type().json());
    range.put("startDate", date(r.startDate()));
    range.put("endDate", date(r.endDate()));
    range.put("numberOfOccurrences", r.numberOfOccurrences());
    ArrayNode exceptions = o.putArray("exceptions");
    for (RecurrenceException e : recurrence.exceptions()) {
      ObjectNode x = exceptions.addObject();
      x.put("originalStart", localDateTime(e.originalStart()));
      x.put("cancelled", e.cancelled());
      x.put("title", e.title());
      x.put("start", localDateTime(e.start()));
      x.put("end", localDateTime(e.end()));
      x.put("location", e.location());
    }
    return o;
  }

  static String localDateTime(LocalDateTime t) {
    return t == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
