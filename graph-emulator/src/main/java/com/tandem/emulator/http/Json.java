package com.tandem.emulator.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one shared JSON mapper and Graph's date formats. */
public final class Json {
  /** Shared mapper; thread-safe. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final DateTimeFormatter OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS");

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty array node. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Parses JSON, throwing a 400 Graph error when it is not JSON. */
  public static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? object() : MAPPER.readTree(body);
    } catch (RuntimeException e) {
      throw GraphException.badRequest("BadRequest", "Unable to read JSON request payload.");
    }
  }

  /** Serializes a node. */
  public static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /** An instant as Graph writes timestamps ({@code 2017-04-15T03:00:50.7579581Z}). */
  public static String instant(Instant instant) {
    return OFFSET.format(instant);
  }

  /** A local date-time as Graph writes {@code dateTimeTimeZone.dateTime}. */
  public static String local(LocalDateTime time) {
    return LOCAL.format(time);
  }

  /** The text of a property, or null when absent or null. */
  public static String text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }
}
