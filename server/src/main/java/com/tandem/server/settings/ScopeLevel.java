package com.tandem.server.settings;

/** The three levels at which a setting can be set, from the widest to the narrowest. */
public enum ScopeLevel {
  SYSTEM,
  ORGANIZATION,
  USER
}
