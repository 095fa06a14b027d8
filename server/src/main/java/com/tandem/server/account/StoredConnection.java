package com.tandem.server.account;

import java.time.Instant;

/**
 * A connection row with its tokens opened: only inside this package, never logged.
 *
 * @param view what may be shown
 * @param accessToken the current access token, or null
 * @param accessExpiresAt when it expires, or null
 * @param refreshToken the refresh token, or null
 */
record StoredConnection(
    MicrosoftConnection view, String accessToken, Instant accessExpiresAt, String refreshToken) {

  /** True when the access token lives at least {@code margin} beyond {@code now}. */
  boolean accessValidAt(Instant now, java.time.Duration margin) {
    return accessToken != null
        && accessExpiresAt != null
        && accessExpiresAt.isAfter(now.plus(margin));
  }

  @Override
  public String toString() {
    return "StoredConnection[" + view + "]";
  }
}
