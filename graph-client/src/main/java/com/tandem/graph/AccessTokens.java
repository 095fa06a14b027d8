package com.tandem.graph;

import com.tandem.graph.errors.AuthenticationException;

/** The caller's source of bearer tokens, so that the server can refresh and store them itself. */
@FunctionalInterface
public interface AccessTokens {

  /**
   * Returns the current access token for calls on the given mailbox, refreshing it if needed.
   *
   * @throws AuthenticationException when the connection must be reconnected
   */
  String bearerToken(Mailbox mailbox);

  /**
   * Returns a new access token after Graph refused {@code rejected} with 401 (revoked early, clock
   * skew, Continuous Access Evaluation): the source refreshes it unless another caller already
   * replaced it. The client retries the request once with the answer; a source that cannot refresh
   * returns {@code rejected} itself, and the 401 stands.
   *
   * @throws AuthenticationException when the refresh is refused and the connection must be
   *     reconnected
   */
  default String bearerTokenAfterRejection(Mailbox mailbox, String rejected) {
    return rejected;
  }
}
