package com.tandem.emulator.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What an access token stands for.
 *
 * @param tenantId the tenant name
 * @param clientId the application
 * @param userId the signed-in user (delegated), or null for an application token
 * @param scopes delegated scopes
 * @param roles application roles
 * @param expiresAt expiry on the emulator clock
 */
public record Grant(
    String tenantId,
    String clientId,
    String userId,
    Set<String> scopes,
    Set<String> roles,
    Instant expiresAt) {

  /** Copies the sets. */
  public Grant {
    scopes = Set.copyOf(scopes);
    roles = Set.copyOf(roles);
  }

  /** Whether a user signed in (delegated) rather than the application alone. */
  public boolean delegated() {
    return userId != null;
  }

  /** Whether any of {@code permissions} is granted (as a scope or an application role). */
  public boolean allowsAny(Set<String> permissions) {
    Set<String> held = delegated() ? scopes : roles;
    for (String p : permissions) {
      if (held.stream().anyMatch(h -> h.equalsIgnoreCase(p))) {
        return true;
      }
    }
    return false;
  }
}
