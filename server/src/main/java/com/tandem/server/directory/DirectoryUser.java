package com.tandem.server.directory;

import java.util.Objects;
import java.util.Set;

/** A Tandem user as stored (without the password hash), with the version that makes its ETag. */
record DirectoryUser(
    long id,
    String username,
    String email,
    String displayName,
    long organizationId,
    Set<Role> roles,
    boolean enabled,
    long version) {

  DirectoryUser {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(displayName, "displayName == null");
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles == null"));
  }

  boolean isSystemAdmin() {
    return roles.contains(Role.SYSTEM_ADMIN);
  }
}
