package com.tandem.emulator.calendar;

import com.tandem.emulator.graph.GraphEnum;
import com.tandem.emulator.http.Json;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An event's {@code location} and {@code locations} as a request body sets them. */
final class EventLocations {
  private static final Map<String, GraphEnum> ENUMS =
      Map.of(
          "locationType", GraphEnum.LOCATION_TYPE,
          "uniqueIdType", GraphEnum.LOCATION_UNIQUE_ID_TYPE);

  private EventLocations() {}

  /**
   * Sets {@code location} and the {@code locations} Outlook derives from it: a named place gets a
   * private unique id, as Outlook gives one.
   */
  static void set(ObjectNode data, JsonNode value) {
    String name = Json.text(value, "displayName") == null ? "" : Json.text(value, "displayName");
    JsonNode given = value.get("locationType");
    String type =
        given == null || given.isNull()
            ? "default"
            : GraphEnum.LOCATION_TYPE.read(given, "RequestBodyRead");
    ObjectNode loc = data.putObject("location");
    loc.put("displayName", name);
    loc.put("locationType", type);
    ArrayNode locations = data.putArray("locations");
    if (name.isEmpty()) {
      loc.put("uniqueIdType", "unknown");
      return;
    }
    loc.put("uniqueId", name);
    loc.put("uniqueIdType", "private");
    ObjectNode l = locations.addObject();
    l.put("displayName", name);
    l.put("locationType", type);
    l.put("uniqueIdType", "unknown");
  }

  /** Locations as sent, their enum values in the schema's spelling. */
  static JsonNode list(JsonNode value) {
    if (!value.isArray()) {
      return value;
    }
    ArrayNode out = Json.array();
    for (JsonNode l : value) {
      ObjectNode copy = l.isObject() ? ((ObjectNode) l).deepCopy() : null;
      if (copy == null) {
        out.add(l);
        continue;
      }
      for (Map.Entry<String, GraphEnum> e : ENUMS.entrySet()) {
        JsonNode v = copy.get(e.getKey());
        if (v != null && !v.isNull()) {
          copy.put(e.getKey(), e.getValue().read(v, "RequestBodyRead"));
        }
      }
      out.add(copy);
    }
    return out;
  }
}
