package com.tandem.server.settings;

import java.util.Objects;

/** The system, one organization or one user: where overrides are stored and values resolved. */
public record Scope(ScopeLevel level, long id) {

  public Scope {
    Objects.requireNonNull(level, "level == null");
    if (level == ScopeLevel.SYSTEM && id != 0) {
      throw new IllegalArgumentException("the system scope has no id");
    }
    if (level != ScopeLevel.SYSTEM && id <= 0) {
      throw new IllegalArgumentException("id must be positive: " + id);
    }
  }

  /** The system-wide scope. */
  public static Scope system() {
    return new Scope(ScopeLevel.SYSTEM, 0);
  }

  /** The scope of one organization. */
  public static Scope organization(long organizationId) {
    return new Scope(ScopeLevel.ORGANIZATION, organizationId);
  }

  /** The scope of one user. */
  public static Scope user(long userId) {
    return new Scope(ScopeLevel.USER, userId);
  }

  @Override
  public String toString() {
    return level == ScopeLevel.SYSTEM ? "system" : level.name().toLowerCase() + " " + id;
  }
}
