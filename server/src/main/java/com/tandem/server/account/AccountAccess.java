package com.tandem.server.account;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
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
    return directory.managedUser(
        actor, userId, "You may not manage this user's Microsoft account.");
  }
}
