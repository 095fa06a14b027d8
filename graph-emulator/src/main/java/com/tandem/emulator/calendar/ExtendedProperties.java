package com.tandem.emulator.calendar;

import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Single-value extended properties: ids normalized (GUID case-insensitive, name exact). */
final class ExtendedProperties {
  private static final Pattern NAMED =
      Pattern.compile("(?i)(\\w+)\\s+\\{([0-9a-f\\-]{36})\\}\\s+(name|id)\\s+(.+)");
  private static final Pattern TAGGED = Pattern.compile("(?i)(\\w+)\\s+(0x[0-9a-f]+)");

  private ExtendedProperties() {}

  /** The canonical form of a property id; 400 when it is not a valid id. */
  static String normalize(String id) {
    if (id == null) {
      throw invalid("null");
    }
    Matcher m = NAMED.matcher(id.trim());
    if (m.matches()) {
      String kind = m.group(3).equalsIgnoreCase("name") ? "Name" : "Id";
      return type(m.group(1))
          + " {"
          + m.group(2).toLowerCase(Locale.ROOT)
          + "} "
          + kind
          + " "
          + m.group(4);
    }
    Matcher t = TAGGED.matcher(id.trim());
    if (t.matches()) {
      return type(t.group(1)) + " " + t.group(2).toLowerCase(Locale.ROOT);
    }
    throw invalid(id);
  }

  private static String type(String t) {
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  static void write(Event event, JsonNode list) {
    if (!list.isArray()) {
      throw GraphException.badRequest(
          "RequestBodyRead", "singleValueExtendedProperties must be an array.");
    }
    for (JsonNode p : list) {
      String id = normalize(Json.text(p, "id"));
      String value = Json.text(p, "value");
      if (value == null) {
        event.extended.remove(id);
      } else {
        event.extended.put(id, value);
      }
    }
  }

  /** The properties whose id matches {@code filterId} (all when null), as Graph returns them. */
  static ArrayNode read(Event event, String filterId) {
    ArrayNode out = Json.array();
    String wanted = filterId == null ? null : normalize(filterId);
    for (Map.Entry<String, String> e : event.extended.entrySet()) {
      if (wanted == null || wanted.equals(e.getKey())) {
        out.addObject().put("id", e.getKey()).put("value", e.getValue());
      }
    }
    return out;
  }

  /** Whether the event has property {@code id} with {@code value} (value case-insensitive). */
  static boolean matches(Event event, String id, String value) {
    String v = event.extended.get(normalize(id));
    return v != null && v.equalsIgnoreCase(value);
  }

  private static GraphException invalid(String id) {
    return GraphException.badRequest(
        "ErrorInvalidExtendedPropertyValue", "The extended property id '" + id + "' is not valid.");
  }
}
