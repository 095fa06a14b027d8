package com.tandem.server.account;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Who may see and manage whose Microsoft account: the role rules of PRODUCT.md. */
@Component
class AccountAccess {

  private final Directory directory;

  AccountAccess(Directory directory) {
    this.directory = directory;
  }

  /**
   * The organization, when the actor administers it; 404 when the actor may not see it, 403 with
   * {@code forbidden} when they may only see it.
   */
  Directory.OrganizationRef administeredOrganization(
      Actor actor, long organizationId, String forbidden) {
    Directory.OrganizationRef organization =
        directory
            .organization(organizationId)
            .filter(o -> actor.canSeeOrganization(o.id()))
            .orElseThrow(() -> new NotFoundException("No organization " + organizationId + "."));
    if (!actor.administers(organization.id())) {
      throw new ForbiddenException(forbidden);
    }
    return organization;
  }

  /** The organization's users, by name. */
  java.util.List<Directory.UserRef> members(long organizationId) {
    return directory.members(organizationId);
  }

  /** The user, when the actor may manage their account; 404 when unseen, 403 when seen only. */
  Directory.UserRef manage(Actor actor, long userId) {
    return directory.managedUser(
        actor, userId, "You may not manage this user's Microsoft account.");
  }
}
