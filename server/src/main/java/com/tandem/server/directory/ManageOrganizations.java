package com.tandem.server.directory;

import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.IfMatch;
import com.tandem.server.web.NotFoundException;
import com.tandem.server.web.PreconditionFailedException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, creates, renames and deletes organizations under the role rules: a system administrator
 * does everything; anyone else sees only their own organization (others are 404), and only its
 * organization administrators may rename it.
 */
@Service
class ManageOrganizations {

  static final int NAME_MAX = 200;

  private final JdbcOrganizations organizations;

  ManageOrganizations(JdbcOrganizations organizations) {
    this.organizations = organizations;
  }

  @Transactional(readOnly = true)
  List<Organization> list(Actor actor) {
    return organizations.all().stream().filter(o -> actor.canSeeOrganization(o.id())).toList();
  }

  @Transactional(readOnly = true)
  Organization get(Actor actor, long id) {
    return organizations
        .byId(id)
        .filter(o -> actor.canSeeOrganization(o.id()))
        .orElseThrow(() -> notFound(id));
  }

  @Transactional
  Organization create(Actor actor, OrganizationInput input) {
    if (!actor.isSystemAdmin()) {
      throw new ForbiddenException("Only a system administrator may create organizations.");
    }
    String name = checkedName(input);
    requireUniqueName(name, null);
    long id;
    try {
      id = organizations.insert(name);
    } catch (DuplicateKeyException e) {
      throw duplicate(name);
    }
    return organizations.byId(id).orElseThrow();
  }

  @Transactional
  Organization update(Actor actor, long id, OrganizationInput input, IfMatch ifMatch) {
    Organization current = get(actor, id);
    if (!actor.administers(id)) {
      throw new ForbiddenException("Only an administrator of this organization may change it.");
    }
    String name = checkedName(input);
    ifMatch.require(current.version());
    requireUniqueName(name, id);
    try {
      if (!organizations.rename(id, name, current.version())) {
        throw new PreconditionFailedException("The organization changed meanwhile; read it again.");
      }
    } catch (DuplicateKeyException e) {
      throw duplicate(name);
    }
    return organizations.byId(id).orElseThrow();
  }

  @Transactional
  void delete(Actor actor, long id, IfMatch ifMatch) {
    Organization current = get(actor, id);
    if (!actor.isSystemAdmin()) {
      throw new ForbiddenException("Only a system administrator may delete organizations.");
    }
    ifMatch.require(current.version());
    long users = organizations.userCount(id);
    if (users > 0) {
      throw new ConflictException(
          null,
          "The organization still has "
              + users
              + (users == 1 ? " user" : " users")
              + "; move or delete them first.");
    }
    if (!organizations.delete(id, current.version())) {
      throw new PreconditionFailedException("The organization changed meanwhile; read it again.");
    }
  }

  private static String checkedName(OrganizationInput input) {
    FieldChecks checks = new FieldChecks();
    String name = checks.text("name", input == null ? null : input.name(), NAME_MAX);
    checks.throwIfAny();
    return name;
  }

  private void requireUniqueName(String name, Long exceptId) {
    organizations
        .byName(name)
        .filter(o -> exceptId == null || o.id() != exceptId)
        .ifPresent(
            o -> {
              throw duplicate(name);
            });
  }

  private static ConflictException duplicate(String name) {
    return new ConflictException("name", "An organization named '" + name + "' already exists.");
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("There is no organization " + id + ".");
  }
}
