package com.tandem.server.activity;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write whose activities: the user themselves, or an administrator of their
 * organization. Everyone else is told the user does not exist.
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
}
