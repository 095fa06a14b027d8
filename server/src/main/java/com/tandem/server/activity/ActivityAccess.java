package com.tandem.server.activity;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write whose activities: a user's items the user themselves or an administrator
 * of their organization; an organization's items (contacts) every member of the organization and
 * system administrators. Everyone else is told the owner does not exist.
 */
@Component
public class ActivityAccess {

  private final Directory directory;

  ActivityAccess(Directory directory) {
    this.directory = directory;
  }

  /** The user's id when the actor may manage their activities; otherwise a 404. */
  long managedUser(Actor actor, long userId) {
    return directory
        .user(userId)
        .filter(u -> actor.mayManageUser(u.id(), u.organizationId()))
        .map(Directory.UserRef::id)
        .orElseThrow(() -> new NotFoundException("No such user."));
  }

  /** The organization's id when the actor may work with its shared items; otherwise a 404. */
  public long memberOrganization(Actor actor, long organizationId) {
    return directory
        .organization(organizationId)
        .filter(o -> actor.canSeeOrganization(o.id()))
        .map(Directory.OrganizationRef::id)
        .orElseThrow(() -> new NotFoundException("No such organization."));
  }
}
