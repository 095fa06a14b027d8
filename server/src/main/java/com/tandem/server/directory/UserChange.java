package com.tandem.server.directory;

import java.util.Objects;
import java.util.Set;

/** A checked user input, ready to be stored. */
record UserChange(
    String username,
    String email,
    String displayName,
    long organizationId,
    Set<Role> roles,
    boolean enabled) {

  UserChange {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(displayName, "displayName == null");
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles == null"));
  }
}
