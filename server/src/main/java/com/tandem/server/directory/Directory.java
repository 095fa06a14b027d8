package com.tandem.server.directory;

import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.NotFoundException;
import java.util.Optional;

/** A narrow view of organizations and users for the other features. */
public interface Directory {

  /** The organization with this id, if it exists. */
  Optional<OrganizationRef> organization(long organizationId);

  /** The user with this id, if it exists. */
  Optional<UserRef> user(long userId);

  /** The users of the organization, by username. */
  java.util.List<UserRef> members(long organizationId);

  /**
   * The user, when the actor may manage them (PRODUCT.md's roles): not found when the actor may not
   * even know of the user, forbidden with the {@code forbidden} message when they may only see
   * them.
   */
  default UserRef managedUser(Actor actor, long userId, String forbidden) {
    UserRef user =
        user(userId)
            .filter(u -> actor.canSeeUser(u.id(), u.organizationId()))
            .orElseThrow(() -> new NotFoundException("No user " + userId + "."));
    if (!actor.mayManageUser(user.id(), user.organizationId())) {
      throw new ForbiddenException(forbidden);
    }
    return user;
  }

  /** An organization's id and name. */
  record OrganizationRef(long id, String name) {}

  /** A user's id, names, address and organization. */
  record UserRef(long id, String username, String email, String displayName, long organizationId) {}
}
