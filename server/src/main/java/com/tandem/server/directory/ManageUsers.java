package com.tandem.server.directory;

import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.IfMatch;
import com.tandem.server.web.NotFoundException;
import com.tandem.server.web.PreconditionFailedException;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, creates, changes and deletes users under the role rules: a system administrator does
 * everything; an organization administrator manages the users of their own organization (but never
 * grants or touches a system administrator); a plain user sees and edits only themselves, without
 * changing their roles or organization. The last enabled system administrator stays.
 */
@Service
class ManageUsers {

  private final JdbcUsers users;
  private final JdbcOrganizations organizations;
  private final UserInputCheck check;
  private final PasswordEncoder encoder;

  ManageUsers(
      JdbcUsers users,
      JdbcOrganizations organizations,
      UserInputCheck check,
      PasswordEncoder encoder) {
    this.users = users;
    this.organizations = organizations;
    this.check = check;
    this.encoder = encoder;
  }

  @Transactional(readOnly = true)
  List<DirectoryUser> list(Actor actor) {
    if (actor.isSystemAdmin()) {
      return users.list(null);
    }
    if (actor.isAdministrator()) {
      return users.list(actor.organizationId());
    }
    return users.byId(actor.userId()).stream().toList();
  }

  @Transactional(readOnly = true)
  DirectoryUser get(Actor actor, long id) {
    return users
        .byId(id)
        .filter(u -> actor.canSeeUser(u.id(), u.organizationId()))
        .orElseThrow(() -> new NotFoundException("There is no user " + id + "."));
  }

  @Transactional
  DirectoryUser create(Actor actor, UserInput input) {
    if (!actor.isAdministrator()) {
      throw new ForbiddenException("Only an administrator may create users.");
    }
    UserChange change = check.forCreate(actor, input);
    String hash = encoder.encode(input.password());
    long id;
    try {
      id = users.insert(change, hash);
    } catch (DuplicateKeyException e) {
      throw duplicateUsername(change.username());
    }
    return users.byId(id).orElseThrow();
  }

  @Transactional
  DirectoryUser update(Actor actor, long id, UserInput input, IfMatch ifMatch) {
    DirectoryUser current = get(actor, id);
    requireManages(actor, current);
    UserChange change = check.forUpdate(actor, current, input);
    ifMatch.require(current.version());
    if (current.isSystemAdmin()
        && current.enabled()
        && !(change.roles().contains(Role.SYSTEM_ADMIN) && change.enabled())) {
      requireAnotherSystemAdministrator();
    }
    try {
      if (!users.update(id, change, current.version())) {
        throw new PreconditionFailedException("The user changed meanwhile; read it again.");
      }
    } catch (DuplicateKeyException e) {
      throw duplicateUsername(change.username());
    }
    if (input.password() != null && !input.password().isEmpty()) {
      users.setPasswordHash(id, encoder.encode(input.password()));
    }
    return users.byId(id).orElseThrow();
  }

  @Transactional
  void delete(Actor actor, long id, IfMatch ifMatch) {
    DirectoryUser current = get(actor, id);
    if (!actor.administers(current.organizationId())) {
      throw new ForbiddenException("Only an administrator may delete users.");
    }
    requireManages(actor, current);
    ifMatch.require(current.version());
    if (current.isSystemAdmin() && current.enabled()) {
      requireAnotherSystemAdministrator();
    }
    try {
      if (!users.delete(id, current.version())) {
        throw new PreconditionFailedException("The user changed meanwhile; read it again.");
      }
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException(null, "The user still has data that must be removed first.");
    }
  }

  /** Changes the actor's own password after checking the current one. */
  @Transactional
  void changeOwnPassword(Actor actor, String currentPassword, String newPassword, String repeat) {
    FieldChecks checks = new FieldChecks();
    String stored = users.passwordHash(actor.userId()).orElseThrow();
    if (currentPassword == null || !encoder.matches(currentPassword, stored)) {
      checks.reject("currentPassword", "is not your current password");
    }
    String password = checks.password("newPassword", newPassword);
    if (password != null && !Objects.equals(password, repeat)) {
      checks.reject("repeatPassword", "does not match the new password");
    }
    checks.throwIfAny();
    users.setPasswordHash(actor.userId(), encoder.encode(password));
  }

  /** The organizations the actor may place users in, for forms. */
  @Transactional(readOnly = true)
  List<Organization> assignableOrganizations(Actor actor) {
    return organizations.all().stream().filter(o -> actor.administers(o.id())).toList();
  }

  private static void requireManages(Actor actor, DirectoryUser user) {
    if (!actor.mayManageUser(user.id(), user.organizationId())) {
      throw new ForbiddenException("You may not change this user.");
    }
    if (user.isSystemAdmin() && !actor.isSystemAdmin()) {
      throw new ForbiddenException(
          "Only a system administrator may change a system administrator.");
    }
  }

  private void requireAnotherSystemAdministrator() {
    if (users.enabledSystemAdministrators() <= 1) {
      throw new ConflictException(
          "roles", "This is the last system administrator; appoint another one first.");
    }
  }

  private static ConflictException duplicateUsername(String username) {
    return new ConflictException("username", "The username '" + username + "' is taken.");
  }
}
