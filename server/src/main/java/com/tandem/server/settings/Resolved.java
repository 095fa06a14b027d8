package com.tandem.server.settings;

import java.util.Objects;

/** The effective value of one setting and the scope (or default) it came from. */
public record Resolved<T>(T value, Source source) {

  public Resolved {
    Objects.requireNonNull(source, "source == null");
  }

  /** True when the value was set somewhere rather than being the built-in default. */
  public boolean isSet() {
    return source != Source.DEFAULT;
  }
}
