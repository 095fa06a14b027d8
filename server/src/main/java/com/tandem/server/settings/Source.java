package com.tandem.server.settings;

/** Where a resolved value came from: the built-in default or the scope that set it. */
public enum Source {
  DEFAULT,
  SYSTEM,
  ORGANIZATION,
  USER;

  /** The source that a value set at the given level has. */
  static Source of(ScopeLevel level) {
    return switch (level) {
      case SYSTEM -> SYSTEM;
      case ORGANIZATION -> ORGANIZATION;
      case USER -> USER;
    };
  }
}
