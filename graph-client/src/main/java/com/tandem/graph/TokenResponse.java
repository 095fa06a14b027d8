package com.tandem.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tokens issued by the identity platform; {@link #toString()} never shows them.
 *
 * @param accessToken the bearer token for Graph
 * @param tokenType {@code Bearer}
 * @param expiresIn how long the access token lives
 * @param expiresAt when the access token expires, by the client's clock
 * @param scope the granted scopes, space-separated, as the identity platform wrote them
 * @param refreshToken the new refresh token (replace the stored one), or null
 * @param idToken the OpenID Connect id token, or null
 */
public record TokenResponse(
    String accessToken,
    String tokenType,
    Duration expiresIn,
    Instant expiresAt,
    String scope,
    String refreshToken,
    String idToken) {

  /** Checks that an access token and its lifetime are present. */
  public TokenResponse {
    Checks.text(accessToken, "accessToken");
    Objects.requireNonNull(expiresIn, "expiresIn == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
  }

  /** The granted scopes. */
  public List<String> scopes() {
    return scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
  }

  /** The new refresh token, which replaces the old one, when the grant returned one. */
  public Optional<String> newRefreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /** Shows the type, lifetime and scopes, never the tokens. */
  @Override
  public String toString() {
    return "TokenResponse[tokenType="
        + tokenType
        + ", expiresAt="
        + expiresAt
        + ", scope="
        + scope
        + ", refreshToken="
        + (refreshToken == null ? "none" : "present")
        + "]";
  }
}
