package com.tandem.graph;

/** The caller's source of bearer tokens, so that the server can refresh and store them itself. */
@FunctionalInterface
public interface AccessTokens {

  /**
   * Returns the current access token for calls on the given mailbox, refreshing it if needed.
   *
   * @throws AuthenticationException when the connection must be reconnected
   */
  String bearerToken(Mailbox mailbox);
}
