package com.tandem.graph;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What to ask for when sending a user to the identity platform's authorize endpoint.
 *
 * @param redirectUri where the identity platform sends the user back with the code
 * @param scopes the scopes, e.g. {@link IdentityClient#TANDEM_SCOPES}
 * @param state the opaque value that ties the callback to this request
 * @param pkce the PKCE pair whose challenge is sent
 * @param prompt {@code login}, {@code consent}, {@code select_account}, or null
 * @param loginHint the user's sign-in name to prefill, or null
 */
public record AuthorizeRequest(
    URI redirectUri,
    List<String> scopes,
    String state,
    Pkce pkce,
    String prompt,
    String loginHint) {

  /** Checks the redirect URI, scopes, state and PKCE pair. */
  public AuthorizeRequest {
    Objects.requireNonNull(redirectUri, "redirectUri == null");
    if (!redirectUri.isAbsolute()) {
      throw new IllegalArgumentException("redirectUri must be absolute: " + redirectUri);
    }
    scopes = IdentityClient.checkScopes(scopes);
    Checks.text(state, "state");
    Objects.requireNonNull(pkce, "pkce == null");
  }

  /** A request without prompt or login hint. */
  public static AuthorizeRequest of(URI redirectUri, List<String> scopes, String state, Pkce pkce) {
    return new AuthorizeRequest(redirectUri, scopes, state, pkce, null, null);
  }

  /** This request with a prompt ({@code login}, {@code consent}, {@code select_account}). */
  public AuthorizeRequest withPrompt(String prompt) {
    return new AuthorizeRequest(redirectUri, scopes, state, pkce, prompt, loginHint);
  }

  /** This request with the user's sign-in name prefilled. */
  public AuthorizeRequest withLoginHint(String loginHint) {
    return new AuthorizeRequest(redirectUri, scopes, state, pkce, prompt, loginHint);
  }
}
