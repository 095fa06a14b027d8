package com.tandem.server.settings;

import java.util.Objects;
import java.util.Set;

/**
 * Published after a settings change has been committed: the scope whose overrides changed and the
 * names of the keys that changed. Listeners re-read what they need through {@link Settings}.
 */
public record SettingsChanged(Scope scope, Set<String> keys) {

  public SettingsChanged {
    Objects.requireNonNull(scope, "scope == null");
    keys = Set.copyOf(Objects.requireNonNull(keys, "keys == null"));
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys is empty");
    }
  }
}
