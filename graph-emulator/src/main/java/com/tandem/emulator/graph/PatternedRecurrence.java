package com.tandem.emulator.graph;

import com.tandem.emulator.http.Json;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code patternedRecurrence} from a request body with its enum values in the schema's spelling,
 * for resources that store the recurrence as sent (To Do tasks) rather than expanding it.
 */
public final class PatternedRecurrence {
  private static final Map<String, GraphEnum> PATTERN =
      Map.of(
          "type", GraphEnum.RECURRENCE_PATTERN_TYPE,
          "firstDayOfWeek", GraphEnum.DAY_OF_WEEK,
          "index", GraphEnum.WEEK_INDEX);

  private PatternedRecurrence() {}

  /**
   * A copy of {@code recurrence} whose enum values are the schema's members; 400 with {@code code}
   * when one names no member. Anything but an object comes back as it is.
   */
  public static JsonNode canonical(JsonNode recurrence, String code) {
    if (!(recurrence instanceof ObjectNode in)) {
      return recurrence;
    }
    ObjectNode out = in.deepCopy();
    if (out.get("pattern") instanceof ObjectNode pattern) {
      PATTERN.forEach((name, type) -> canonical(pattern, name, type, code));
      if (pattern.get("daysOfWeek") instanceof ArrayNode days) {
        for (int i = 0; i < days.size(); i++) {
          days.set(
              i,
              Json.MAPPER
                  .getNodeFactory()
                  .stringNode(GraphEnum.DAY_OF_WEEK.read(days.get(i), code)));
        }
      }
    }
    if (out.get("range") instanceof ObjectNode range) {
      canonical(range, "type", GraphEnum.RECURRENCE_RANGE_TYPE, code);
    }
    return out;
  }

  private static void canonical(ObjectNode node, String name, GraphEnum type, String code) {
    JsonNode value = node.get(name);
    if (value != null && !value.isNull()) {
      node.put(name, type.read(value, code));
    }
  }
}
