package com.tandem.engine.calendar;

import java.util.Locale;

/**
 * Graph writes enum members in lower camel case ({@code workingElsewhere}); Java in upper snake.
 */
final class GraphEnums {

  private GraphEnums() {}

  static String toGraph(Enum<?> value) {
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

  static <E extends Enum<E>> E fromGraph(Class<E> type, String value, String property) {
    if (value != null) {
      for (E constant : type.getEnumConstants()) {
        if (toGraph(constant).equalsIgnoreCase(value)) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException("unknown " + property + " in Graph: '" + value + "'");
  }
}
