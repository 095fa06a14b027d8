package com.tandem.emulator.graph;

import com.tandem.emulator.http.GraphException;
import tools.jackson.databind.JsonNode;

/**
 * Primitive values of request bodies read as Graph's OData reader reads them: the JSON type the
 * schema declares, or a string that converts to it ({@code "true"}, {@code "15"}), as .NET's
 * invariant-culture conversion does. Anything else gets 400.
 */
public final class EdmValues {
  private EdmValues() {}

  /** An {@code Edm.Boolean}: {@code true}, {@code false}, or either as a string in any case. */
  public static boolean bool(JsonNode value, String code) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    String text = value.isString() ? value.asString().trim() : "";
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw notConvertible(value, "Edm.Boolean", code);
  }

  /** An {@code Edm.Int32}: an integral JSON number or a string of one, within 32 bits. */
  public static int int32(JsonNode value, String code) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    if (value.isString()) {
      try {
        return Integer.parseInt(value.asString().trim());
      } catch (NumberFormatException e) {
        throw notConvertible(value, "Edm.Int32", code);
      }
    }
    throw notConvertible(value, "Edm.Int32", code);
  }

  private static GraphException notConvertible(JsonNode value, String type, String code) {
    return GraphException.badRequest(
        code, "Cannot convert the literal '" + value + "' to the expected type '" + type + "'.");
  }
}
