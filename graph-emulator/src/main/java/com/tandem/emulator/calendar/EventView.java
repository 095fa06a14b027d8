package com.tandem.emulator.calendar;

import com.tandem.emulator.graph.SchemaNames;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one request wants events rendered: time zone ({@code Prefer: outlook.timezone}), {@code
 * $select} (a series master's {@code cancelledOccurrences} only when selected, as in Graph), and
 * {@code $expand} of {@code singleValueExtendedProperties(...)} and {@code exceptionOccurrences}
 * (and, always empty, of attachments, extensions and multi-value properties).
 */
final class EventView {
  /** RFC 7240: preference names in any case, values as a token or a quoted string. */
  private static final Pattern ZONE =
      Pattern.compile("(?i)outlook\\.timezone\\s*=\\s*(?:\"([^\"]+)\"|([^\\s,;\"]+))");

  private static final Pattern EXPAND =
      Pattern.compile(
          "(?i)singleValueExtendedProperties(?:\\(\\s*\\$filter\\s*=\\s*id\\s+eq\\s+'((?:[^']|'')*)'\\s*\\))?");

  /**
   * Navigation properties an event can expand that the emulator never holds anything in (it takes
   * no attachments, open extensions or multi-value properties): Graph answers them, so the emulator
   * answers them empty rather than refusing the request.
   */
  private static final Pattern EMPTY =
      Pattern.compile("(?i)(attachments|extensions|multiValueExtendedProperties)(?:\\(.*\\))?");

  private final String zoneName;
  private final ZoneId zone;
  private final Set<String> select;
  private final boolean expand;
  private final String expandId;
  private final boolean withType;
  private final boolean expandExceptions;
  private final List<String> empty;

  private EventView(
      String zoneName,
      Set<String> select,
      boolean expand,
      String expandId,
      boolean withType,
      boolean expandExceptions,
      List<String> empty) {
    this.zoneName = Zones.spelling(zoneName);
    this.zone = Zones.zone(zoneName);
    this.select = select;
    this.expand = expand;
    this.expandId = expandId;
    this.withType = withType;
    this.expandExceptions = expandExceptions;
    this.empty = empty;
  }

  /** The view a request asks for. */
  static EventView of(ApiRequest request) {
    String prefer = request.header("Prefer");
    String zoneName = "UTC";
    if (prefer != null) {
      Matcher m = ZONE.matcher(prefer);
      if (m.find()) {
        zoneName = m.group(1) != null ? m.group(1) : m.group(2);
      }
    }
    Set<String> select = null;
    String s = request.query().get("$select");
    if (s != null && !s.isBlank()) {
      select = new LinkedHashSet<>();
      for (String p : s.split(",")) {
        select.add(SchemaNames.property(p.trim()));
      }
    }
    String e = request.query().get("$expand");
    boolean expand = false;
    String expandId = null;
    boolean exceptions = false;
    List<String> empty = new ArrayList<>();
    for (String item : expansions(e)) {
      if (item.equalsIgnoreCase("exceptionOccurrences")) {
        exceptions = true;
        continue;
      }
      Matcher none = EMPTY.matcher(item);
      if (none.matches()) {
        empty.add(SchemaNames.property(none.group(1)));
        continue;
      }
      Matcher m = EXPAND.matcher(item);
      if (!m.matches()) {
        throw GraphException.badRequest(
            "BadRequest", "Parsing OData Select and Expand failed: '" + e + "' is not supported.");
      }
      expand = true;
      expandId = m.group(1) == null ? null : m.group(1).replace("''", "'");
    }
    return new EventView(zoneName, select, expand, expandId, false, exceptions, empty);
  }

  /**
   * The comma-separated items of {@code $expand}, splitting only outside parentheses and quotes.
   */
  private static List<String> expansions(String expand) {
    List<String> out = new ArrayList<>();
    if (expand == null || expand.isBlank()) {
      return out;
    }
    int depth = 0;
    boolean quoted = false;
    int from = 0;
    for (int i = 0; i < expand.length(); i++) {
      char c = expand.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        out.add(expand.substring(from, i).trim());
        from = i + 1;
      }
    }
    out.add(expand.substring(from).trim());
    return out;
  }

  /** The same view for delta items: UTC unless asked, every property, with {@code @odata.type}. */
  EventView forDelta() {
    return new EventView(zoneName, null, false, null, true, false, List.of());
  }

  /** Renders a stored event (single instance or series master). */
  ObjectNode render(Event event) {
    ObjectNode out = finish(event, event.data, event.start, event.end);
    if (select != null && select.contains("cancelledOccurrences")) {
      // Graph names a cancelled occurrence by "OID.<master id>.<original date>".
      ArrayNode cancelled = out.putArray("cancelledOccurrences");
      new TreeSet<>(event.cancelled).forEach(d -> cancelled.add("OID." + event.id + "." + d));
    }
    if (expandExceptions) {
      ArrayNode exceptions = out.putArray("exceptionOccurrences");
      EventView plain = new EventView(zoneName, select, false, null, false, false, List.of());
      for (LocalDate date : new TreeSet<>(event.exceptions.keySet())) {
        if (!event.cancelled.contains(date)) {
          exceptions.add(plain.occurrence(event, date));
        }
      }
    }
    return out;
  }

  /** Renders the occurrence of {@code master} on {@code date}. */
  ObjectNode occurrence(Event master, LocalDate date) {
    ZonedDateTime start = master.start.with(date);
    ZonedDateTime end = start.plus(java.time.Duration.between(master.start, master.end));
    ObjectNode data = master.data.deepCopy();
    ObjectNode exception = master.exceptions.get(date);
    data.put("id", master.occurrenceId(date));
    data.put("type", exception == null ? "occurrence" : "exception");
    data.put("seriesMasterId", master.id);
    data.putNull("recurrence");
    data.put("iCalUId", master.data.path("iCalUId").asString() + date.toString().replace("-", ""));
    data.put("originalStart", Json.instant(start.toInstant()));
    if (exception != null) {
      for (Map.Entry<String, JsonNode> p : exception.properties()) {
        data.set(p.getKey(), p.getValue());
      }
      if (exception.has("start")) {
        start = EventWriter.zoned(exception.get("start"));
      }
      if (exception.has("end")) {
        end = EventWriter.zoned(exception.get("end"));
      }
    }
    return finish(master, data, start, end);
  }

  private ObjectNode finish(Event event, ObjectNode data, ZonedDateTime start, ZonedDateTime end) {
    ObjectNode out = Json.object();
    if (withType) {
      out.put("@odata.type", "#microsoft.graph.event");
    }
    out.put("@odata.etag", "W/\"" + data.path("changeKey").asString() + "\"");
    for (Map.Entry<String, JsonNode> p : data.properties()) {
      String name = p.getKey();
      if (select != null && !select.contains(name) && !name.equals("id")) {
        continue;
      }
      switch (name) {
        case "start" -> out.set(name, dateTimeTimeZone(start));
        case "end" -> out.set(name, dateTimeTimeZone(end));
        default -> out.set(name, p.getValue().deepCopy());
      }
    }
    if (expand) {
      out.set("singleValueExtendedProperties", ExtendedProperties.read(event, expandId));
    }
    empty.forEach(out::putArray);
    return out;
  }

  private ObjectNode dateTimeTimeZone(ZonedDateTime time) {
    ObjectNode n = Json.object();
    n.put("dateTime", Json.local(time.withZoneSameInstant(zone).toLocalDateTime()));
    n.put("timeZone", zone.equals(ZoneOffset.UTC) ? "UTC" : zoneName);
    return n;
  }
}
