package com.tandem.graph;

/**
 * The credentials no longer work (Graph 401, or {@code invalid_grant} / missing consent from the
 * identity platform): the user or administrator must reconnect.
 */
public final class AuthenticationException extends GraphException {

  AuthenticationException(GraphError error, Throwable cause) {
    super(error, cause);
  }

  /** Whether the identity platform said that consent is missing (AADSTS65001). */
  public boolean consentRequired() {
    return error().identityCodes().contains(65001) || error().hasCode("consent_required");
  }
}
