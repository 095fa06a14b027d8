package com.tandem.server.directory;

import java.util.Optional;

/** A narrow view of organizations and users for the other features. */
public interface Directory {

  /** The organization with this id, if it exists. */
  Optional<OrganizationRef> organization(long organizationId);

  /** The user with this id, if it exists. */
  Optional<UserRef> user(long userId);

  /** An organization's id and name. */
  record OrganizationRef(long id, String name) {}

  /** A user's id, names, address and organization. */
  record UserRef(long id, String username, String email, String displayName, long organizationId) {}
}
