package com.tandem.server.settings;

import com.tandem.server.directory.Directory;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one resolver of settings: the effective value of every key for the system, an organization or
 * a user, and the scope each value came from.
 */
@Service
public class Settings {

  static final String SECRET_CONTEXT = "setting:" + SettingKeys.AZURE_CLIENT_SECRET.name();

  private final JdbcSettingOverrides overrides;
  private final SecretBox secrets;
  private final Directory directory;
  private final String publicUrl;

  Settings(
      JdbcSettingOverrides overrides,
      SecretBox secrets,
      Directory directory,
      @Value("${tandem.public-url}") String publicUrl) {
    this.overrides = overrides;
    this.secrets = secrets;
    this.directory = directory;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** The system's values (each from the system scope or the default). */
  public ResolvedSettings forSystem() {
    return resolve(Scope.system());
  }

  /** An organization's values; the organization is not checked to exist. */
  public ResolvedSettings forOrganization(long organizationId) {
    return resolve(Scope.organization(organizationId));
  }

  /** A user's values, through their organization; throws NoSuchElementException for no user. */
  public ResolvedSettings forUser(long userId) {
    return resolve(Scope.user(userId));
  }

  /** The values for any scope. */
  public ResolvedSettings resolve(Scope scope) {
    long organizationId =
        switch (scope.level()) {
          case SYSTEM -> 0;
          case ORGANIZATION -> scope.id();
          case USER ->
              directory
                  .user(scope.id())
                  .orElseThrow(() -> new NoSuchElementException("no user " + scope.id()))
                  .organizationId();
        };
    long userId = scope.level() == ScopeLevel.USER ? scope.id() : 0;
    return new ResolvedSettings(scope, overrides.chain(organizationId, userId), this::openSecret);
  }

  /** The Redirect URI to register in the Azure application: derived from the public URL. */
  public String redirectUri() {
    return publicUrl + "/connect/microsoft/callback";
  }

  private String openSecret(String sealed) {
    return secrets.open(sealed, SECRET_CONTEXT);
  }
}
