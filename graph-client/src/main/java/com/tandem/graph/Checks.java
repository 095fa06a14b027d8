package com.tandem.graph;

import java.util.Objects;

/** Argument checks shared by the client's values and calls. */
public final class Checks {

  private Checks() {}

  /** The value, if it is present and not blank. */
  public static String text(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
