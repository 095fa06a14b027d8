package com.tandem.server.sync.web;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on whose synchronization: users their own, administrators their
 * organization's users, the system administrator everyone; held deletions wait for an administrator
 * (PRODUCT.md), so only administrators decide them.
 */
@Component
class SyncAccess {

  private final Directory directory;

  SyncAccess(Directory directory) {
    this.directory = directory;
  }

  /** The user, when the actor may see and sync their connection; 404 when unseen, 403 else. */
  Directory.UserRef user(Actor actor, long userId) {
    return directory.managedUser(actor, userId, "You may not see this user's synchronization.");
  }

  /** The user, when the actor may approve or discard their held deletions. */
  Directory.UserRef decide(Actor actor, long userId) {
    Directory.UserRef user = user(actor, userId);
    if (!actor.administers(user.organizationId())) {
      throw new ForbiddenException("Held deletions wait for an administrator's decision.");
    }
    return user;
  }

  /** Whether the actor may approve or discard the user's held deletions. */
  boolean mayDecide(Actor actor, Directory.UserRef user) {
    return actor.administers(user.organizationId());
  }

  /** The organization, when the actor administers it; 404 when unseen, 403 else. */
  Directory.OrganizationRef organization(Actor actor, long organizationId) {
    Directory.OrganizationRef org =
        directory
            .organization(organizationId)
            .filter(o -> actor.canSeeOrganization(o.id()))
            .orElseThrow(() -> new NotFoundException("No organization " + organizationId + "."));
    if (!actor.administers(org.id())) {
      throw new ForbiddenException("Only administrators see the organization's synchronization.");
    }
    return org;
  }
}
