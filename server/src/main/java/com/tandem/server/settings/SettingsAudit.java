package com.tandem.server.settings;

import com.tandem.server.directory.Actor;
import com.tandem.server.web.InvalidInputException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Reads the audit trail as far as the reader may see it, for the API and the page. */
@Service
public class SettingsAudit {

  private static final Pattern SCOPE = Pattern.compile("(organizations|users)/([1-9][0-9]{0,17})");

  private final JdbcSettingsAudit audit;
  private final SettingsAccess access;

  SettingsAudit(JdbcSettingsAudit audit, SettingsAccess access) {
    this.audit = audit;
    this.access = access;
  }

  /**
   * The entries of the given scope path ({@code system}, {@code organizations/{id}}, {@code
   * users/{id}}; blank for all), limited to what the actor may see.
   */
  public List<AuditEntry> visibleTo(Actor actor, String scopePath) {
    Long organization = access.auditOrganization(actor);
    Scope scope = parse(scopePath);
    if (scope != null) {
      access.auditScope(actor, scope);
    }
    return audit.entries(scope, organization);
  }

  /** The scope of a scope path, null when blank; a 400 naming {@code scope} when malformed. */
  static Scope parse(String scopePath) {
    if (scopePath == null || scopePath.isBlank()) {
      return null;
    }
    if (scopePath.equals("system")) {
      return Scope.system();
    }
    Matcher matcher = SCOPE.matcher(scopePath);
    if (!matcher.matches()) {
      throw InvalidInputException.of(
          "scope", "scope must be system, organizations/{id} or users/{id}");
    }
    long id = Long.parseLong(matcher.group(2));
    return matcher.group(1).equals("organizations") ? Scope.organization(id) : Scope.user(id);
  }
}
