package com.tandem.server.directory;

import java.util.Optional;

/** Signs a caller in with a personal access token, for the API's bearer authentication. */
public interface AccessTokens {

  /** The enabled user whose unrevoked token this is; empty for anything else. */
  Optional<SignedInUser> authenticate(String token);
}
