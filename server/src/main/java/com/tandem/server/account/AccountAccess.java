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

  /** The user, when the actor may manage their account; 404 when unseen, 403 when seen only. */
  Directory.UserRef manage(Actor actor, long userId) {
    Directory.UserRef user =
        directory
            .user(userId)
            .filter(u -> actor.canSeeUser(u.id(), u.organizationId()))
            .orElseThrow(() -> new NotFoundException("No user " + userId + "."));
    if (!actor.mayManageUser(user.id(), user.organizationId())) {
      throw new ForbiddenException("You may not manage this user's Microsoft account.");
    }
    return user;
  }
}
