package com.tandem.server.account;

import com.tandem.graph.TokenResponse;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Application-mode tokens from client credentials, kept in memory until shortly before they expire.
 * Nothing rotates, so each node may fetch its own.
 */
@Component
class ApplicationTokens {

  private record Cached(AzureApplication app, TokenResponse tokens) {}

  private final Clock clock;
  private final AtomicReference<Cached> cached = new AtomicReference<>();

  ApplicationTokens(Clock clock) {
    this.clock = clock;
  }

  /** A token for {@code app}; {@code rejected}, when Graph just refused it, forces a new one. */
  String accessToken(AzureApplication app, String rejected) {
    Cached current = cached.get();
    if (current != null
        && current.app().equals(app)
        && !current.tokens().accessToken().equals(rejected)
        && current.tokens().expiresAt().isAfter(clock.instant().plus(TokenRefresher.EARLY))) {
      return current.tokens().accessToken();
    }
    TokenResponse fresh =
        app.identity(clock).clientCredentials(app.endpoints().graphDefaultScope());
    cached.set(new Cached(app, fresh));
    return fresh.accessToken();
  }

  /** Forgets the cached token (after the application's settings changed). */
  void forget() {
    cached.set(null);
  }
}
