package com.tandem.server.account;

import com.tandem.graph.IdentityClient;
import com.tandem.graph.TokenResponse;
import com.tandem.graph.errors.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands out a delegated access token, refreshing it shortly before it expires. Only the worker that
 * claimed the connection's lease in the database redeems the refresh token; the others wait for its
 * result, so a rotating refresh token is never redeemed twice, even across nodes.
 */
@Component
class TokenRefresher {

  private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

  /** Refresh this long before expiry, so a token never expires in the middle of a sync run. */
  static final Duration EARLY = Duration.ofMinutes(5);

  private static final Duration LEASE = Duration.ofSeconds(60);
  private static final Duration WAIT = Duration.ofSeconds(70);
  private static final long POLL_NANOS = Duration.ofMillis(50).toNanos();

  private final JdbcConnections connections;
  private final Clock clock;

  TokenRefresher(JdbcConnections connections, Clock clock) {
    this.connections = connections;
    this.clock = clock;
  }

  /**
   * The user's access token; {@code rejected}, when not null, is a token Graph just refused, which
   * forces a refresh unless another worker has already replaced it.
   */
  String accessToken(long userId, AzureApplication app, String rejected) {
    String owner = UUID.randomUUID().toString();
    long giveUp = System.nanoTime() + WAIT.toNanos();
    while (true) {
      StoredConnection stored = require(userId);
      Instant now = clock.instant();
      boolean forced = rejected != null && rejected.equals(stored.accessToken());
      if (!forced && stored.accessValidAt(now, EARLY)) {
        return stored.accessToken();
      }
      if (connections.claimLease(userId, owner, now, now.plus(LEASE))) {
        return redeem(userId, app, owner);
      }
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("another worker is still refreshing user " + userId);
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
  }

  private String redeem(long userId, AzureApplication app, String owner) {
    // Re-read under the lease: the winner of a race must use the newest refresh token.
    StoredConnection stored = require(userId);
    if (stored.refreshToken() == null) {
      connections.reconnectRequired(userId, Problems.NO_REFRESH_TOKEN, clock.instant());
      throw new MicrosoftAccountUnavailableException(require(userId).view());
    }
    IdentityClient identity = app.identity(clock);
    TokenResponse tokens;
    try {
      tokens = identity.refresh(stored.refreshToken(), IdentityClient.TANDEM_SCOPES);
    } catch (AuthenticationException e) {
      String problem = e.consentRequired() ? Problems.CONSENT_REVOKED : Problems.GRANT_REFUSED;
      log.info("Microsoft refused the refresh token of user {}: {}", userId, e.code().orElse("?"));
      connections.reconnectRequired(userId, problem, clock.instant());
      throw new MicrosoftAccountUnavailableException(require(userId).view());
    } catch (RuntimeException e) {
      connections.releaseLease(userId, owner);
      throw e;
    }
    if (!connections.refreshed(userId, owner, tokens, stored.refreshToken(), clock.instant())) {
      log.warn("The refresh lease of user {} expired before the new tokens were stored", userId);
    }
    return tokens.accessToken();
  }

  private StoredConnection require(long userId) {
    StoredConnection stored =
        connections
            .find(userId)
            .orElseThrow(
                () ->
                    new MicrosoftAccountUnavailableException(
                        MicrosoftConnection.notConnected(userId)));
    if (stored.view().status() != ConnectionStatus.CONNECTED) {
      throw new MicrosoftAccountUnavailableException(stored.view());
    }
    return stored;
  }
}
