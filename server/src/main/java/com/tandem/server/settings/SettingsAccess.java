package com.tandem.server.settings;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change which scope (PRODUCT.md): a system administrator every scope, an
 * organization administrator their organization and its users, a user their own settings. What a
 * person may not even know of (another organization, another user) is "not found".
 */
@Component
public class SettingsAccess {

  private final Directory directory;

  SettingsAccess(Directory directory) {
    this.directory = directory;
  }

  /** The system scope, for system administrators only. */
  public Scope system(Actor actor) {
    if (!actor.isSystemAdmin()) {
      throw new ForbiddenException("Only a system administrator may change system settings.");
    }
    return Scope.system();
  }

  /** An organization's scope, for its administrators and system administrators. */
  public Scope organization(Actor actor, long organizationId) {
    if (directory.organization(organizationId).isEmpty()
        || !actor.canSeeOrganization(organizationId)) {
      throw new NotFoundException("No organization " + organizationId + ".");
    }
    if (!actor.administers(organizationId)) {
      throw new ForbiddenException(
          "Only its administrators may change an organization's settings.");
    }
    return Scope.organization(organizationId);
  }

  /**
   * A user's scope, for the user, their organization's administrators and system administrators.
   */
  public Scope user(Actor actor, long userId) {
    Directory.UserRef user =
        directory.managedUser(actor, userId, "You may not change this user's settings.");
    return Scope.user(userId);
  }

  /**
   * The organization whose audit entries the actor may see: null for a system administrator (all),
   * their own for an organization administrator; others may not see the audit trail.
   */
  Long auditOrganization(Actor actor) {
    if (actor.isSystemAdmin()) {
      return null;
    }
    if (!actor.isAdministrator()) {
      throw new ForbiddenException("Only administrators may read the audit trail.");
    }
    return actor.organizationId();
  }

  /** Checks that the actor may see the audit trail of this scope. */
  Scope auditScope(Actor actor, Scope scope) {
    return switch (scope.level()) {
      case SYSTEM -> system(actor);
      case ORGANIZATION -> organization(actor, scope.id());
      case USER -> {
        Scope checked = user(actor, scope.id());
        if (!actor.isAdministrator()) {
          throw new ForbiddenException("Only administrators may read the audit trail.");
        }
        yield checked;
      }
    };
  }
}
