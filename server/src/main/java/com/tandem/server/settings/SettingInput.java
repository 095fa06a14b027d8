package com.tandem.server.settings;

import tools.jackson.databind.JsonNode;

/** A requested change of one key: a value from JSON or a form, or clearing the override. */
public sealed interface SettingInput {

  /** A JSON value of an API call; JSON null clears the override. */
  record Json(JsonNode node) implements SettingInput {}

  /** A value typed into a form field. */
  record Text(String text) implements SettingInput {}

  /** Clears the scope's override ("Use System", "Use Organization", DELETE). */
  record Clear() implements SettingInput {}

  /** Shorthand for {@link Clear}. */
  static SettingInput clear() {
    return new Clear();
  }
}
