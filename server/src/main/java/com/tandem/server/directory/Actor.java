package com.tandem.server.directory;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person on whose behalf a page or API call runs, with the rules of PRODUCT.md on who
 * may see and change what.
 */
public record Actor(long userId, String username, long organizationId, Set<Role> roles) {

  public Actor {
    Objects.requireNonNull(username, "username == null");
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles == null"));
  }

  /** True for a system administrator, who may do everything. */
  public boolean isSystemAdmin() {
    return roles.contains(Role.SYSTEM_ADMIN);
  }

  /** True when this person administers the given organization (or everything). */
  public boolean administers(long orgId) {
    return isSystemAdmin() || (roles.contains(Role.ORG_ADMIN) && organizationId == orgId);
  }

  /** True when this person may see the organization at all; others get a 404. */
  public boolean canSeeOrganization(long orgId) {
    return isSystemAdmin() || organizationId == orgId;
  }

  /** True when this person may change the given user's settings and account. */
  public boolean mayManageUser(long otherUserId, long otherOrgId) {
    return otherUserId == userId || administers(otherOrgId);
  }

  /** True when this person may see the given user; others get a 404. */
  public boolean canSeeUser(long otherUserId, long otherOrgId) {
    return otherUserId == userId || canSeeOrganization(otherOrgId) && isAdministrator();
  }

  /** True for system and organization administrators. */
  public boolean isAdministrator() {
    return isSystemAdmin() || roles.contains(Role.ORG_ADMIN);
  }
}
