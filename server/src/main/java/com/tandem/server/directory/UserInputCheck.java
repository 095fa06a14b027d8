package com.tandem.server.directory;

import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.NotFoundException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a user input field by field (400 with every problem), then the role rules on what the
 * actor may assign (403 for a role they may not grant, 404 for an organization they may not know).
 */
@Component
class UserInputCheck {

  private final JdbcUsers users;
  private final JdbcOrganizations organizations;

  UserInputCheck(JdbcUsers users, JdbcOrganizations organizations) {
    this.users = users;
    this.organizations = organizations;
  }

  UserChange forCreate(Actor actor, UserInput input) {
    FieldChecks checks = new FieldChecks();
    UserChange change = fields(checks, input, true);
    checks.throwIfAny();
    requireAssignable(actor, change);
    requireFreeUsername(change.username(), null);
    return change;
  }

  UserChange forUpdate(Actor actor, DirectoryUser current, UserInput input) {
    FieldChecks checks = new FieldChecks();
    UserChange change = fields(checks, input, false);
    checks.throwIfAny();
    if (!actor.administers(current.organizationId())) {
      // A plain user edits only their own profile; an organization they cannot see stays unknown.
      requireVisibleOrganization(actor, change.organizationId());
      if (!change.roles().equals(current.roles())
          || change.organizationId() != current.organizationId()
          || change.enabled() != current.enabled()
          || !change.username().equals(current.username())) {
        throw new ForbiddenException(
            "You may change your email, display name and password, not your username, roles,"
                + " organization or status.");
      }
    } else {
      requireAssignable(actor, change);
    }
    requireFreeUsername(change.username(), current.id());
    return change;
  }

  private static UserChange fields(FieldChecks checks, UserInput input, boolean creating) {
    if (input == null) {
      input = new UserInput(null, null, null, null, null, null, null);
    }
    String username = checks.username("username", input.username());
    String email = checks.email("email", input.email());
    String displayName = checks.text("displayName", input.displayName(), 200);
    if (input.organizationId() == null) {
      checks.reject("organizationId", "must be given");
    }
    Set<Role> roles = roles(checks, input.roles());
    if (creating || (input.password() != null && !input.password().isEmpty())) {
      checks.password("password", input.password());
    }
    if (!checks.ok()) {
      return null;
    }
    return new UserChange(
        username,
        email,
        displayName,
        input.organizationId(),
        roles,
        input.enabled() == null || input.enabled());
  }

  private static Set<Role> roles(FieldChecks checks, List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names == null || names.isEmpty()) {
      checks.reject("roles", "must hold at least one of SYSTEM_ADMIN, ORG_ADMIN, USER");
      return roles;
    }
    for (String name : names) {
      try {
        roles.add(Role.valueOf(name == null ? "" : name.strip()));
      } catch (IllegalArgumentException e) {
        checks.reject("roles", "unknown role '" + name + "'; use SYSTEM_ADMIN, ORG_ADMIN or USER");
      }
    }
    return roles;
  }

  private void requireVisibleOrganization(Actor actor, long organizationId) {
    boolean exists = organizations.byId(organizationId).isPresent();
    if (!exists || !actor.canSeeOrganization(organizationId)) {
      throw new NotFoundException("There is no organization " + organizationId + ".");
    }
  }

  private void requireAssignable(Actor actor, UserChange change) {
    requireVisibleOrganization(actor, change.organizationId());
    if (!actor.administers(change.organizationId())) {
      throw new ForbiddenException("You may not place users in this organization.");
    }
    if (change.roles().contains(Role.SYSTEM_ADMIN) && !actor.isSystemAdmin()) {
      throw new ForbiddenException("Only a system administrator may grant SYSTEM_ADMIN.");
    }
  }

  private void requireFreeUsername(String username, Long exceptId) {
    users
        .idByUsername(username)
        .filter(id -> exceptId == null || id.longValue() != exceptId)
        .ifPresent(
            id -> {
              throw new ConflictException("username", "The username '" + username + "' is taken.");
            });
  }
}
