package com.tandem.server.sync.resource;

import java.util.Locale;

/**
 * The graph client's enums are Graph's words in upper snake case ({@code WORKING_ELSEWHERE}); the
 * engine's Graph records hold the words themselves ({@code workingElsewhere}).
 */
public final class GraphEnumWords {

  private GraphEnumWords() {}

  /** Graph's word for a constant, or null. */
  public static String word(Enum<?> value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : value.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** The constant for a Graph word, or null for null; an unknown word is an error. */
  public static <E extends Enum<E>> E constant(Class<E> type, String word) {
    if (word == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (word(constant).equalsIgnoreCase(word)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": '" + word + "'");
  }
}
