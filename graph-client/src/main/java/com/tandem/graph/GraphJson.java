package com.tandem.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import java.time.DayOfWeek;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the client: lenient on what Graph adds, strict on what it sends. */
final class GraphJson {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
          .changeDefaultPropertyInclusion(
              include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
          .addModule(daysOfWeek())
          .build();

  private GraphJson() {}

  /** Reads a response body, turning bad JSON into a {@link MalformedResponseException}. */
  static JsonNode tree(byte[] body, GraphError context) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new MalformedResponseException(context, null);
      }
      return node;
    } catch (JacksonException e) {
      throw new MalformedResponseException(context, e);
    }
  }

  /**
   * Converts a JSON tree to a value, turning mismatches into a {@link MalformedResponseException}.
   */
  static <T> T value(JsonNode node, Class<T> type, GraphError context) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MalformedResponseException(context, e);
    }
  }

  /** Converts a JSON tree to a generic value, e.g. a list of records. */
  static <T> T value(JsonNode node, JavaType type, GraphError context) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MalformedResponseException(context, e);
    }
  }

  /** The JSON object a value is written as, without its null properties. */
  static ObjectNode object(Object value) {
    return MAPPER.valueToTree(value);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
  }

  // Graph writes days as "monday"; java.time.DayOfWeek is the type a Java reader expects.
  private static SimpleModule daysOfWeek() {
    SimpleModule module = new SimpleModule("graph-days");
    module.addSerializer(
        DayOfWeek.class,
        new ValueSerializer<DayOfWeek>() {
          @Override
          public void serialize(DayOfWeek day, JsonGenerator gen, SerializationContext context) {
            gen.writeString(day.name().toLowerCase(Locale.ROOT));
          }
        });
    module.addDeserializer(
        DayOfWeek.class,
        new ValueDeserializer<DayOfWeek>() {
          @Override
          public DayOfWeek deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.getValueAsString();
            try {
              return DayOfWeek.valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
              return (DayOfWeek) context.handleWeirdStringValue(DayOfWeek.class, text, "not a day");
            }
          }
        });
    return module;
  }
}
