package com.tandem.graph.errors;

import com.tandem.graph.AccessTokens;
import com.tandem.graph.Checks;

/**
 * The credentials no longer work (Graph 401, or {@code invalid_grant} / missing consent from the
 * identity platform): the user or administrator must reconnect.
 */
public final class AuthenticationException extends GraphException {

  public AuthenticationException(GraphError error, Throwable cause) {
    super(error, cause);
  }

  /**
   * The failure an {@link AccessTokens} source raises when it holds no usable credentials for a
   * connection, so that callers handle it like a refused refresh.
   */
  public static AuthenticationException reconnectNeeded(String reason) {
    return new AuthenticationException(
        GraphError.of("token source", 0, "reconnectNeeded", Checks.text(reason, "reason"), null),
        null);
  }

  /** Whether the identity platform said that consent is missing (AADSTS65001). */
  public boolean consentRequired() {
    return error().identityCodes().contains(65001) || error().hasCode("consent_required");
  }
}
