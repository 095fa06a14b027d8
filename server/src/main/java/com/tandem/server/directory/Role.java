package com.tandem.server.directory;

/** What a Tandem user may do: every scope, their organization, or only their own settings. */
public enum Role {
  SYSTEM_ADMIN,
  ORG_ADMIN,
  USER
}
