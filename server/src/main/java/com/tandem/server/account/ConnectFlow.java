package com.tandem.server.account;

import com.tandem.graph.AuthorizeRequest;
import com.tandem.graph.GraphClient;
import com.tandem.graph.IdentityClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.Pkce;
import com.tandem.graph.TokenResponse;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.model.User;
import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The Connect flow: authorization code with PKCE (S256). The state is random, single-use, short
 * lived and bound to the signed-in person and the user whose account is connected.
 */
@Service
class ConnectFlow {

  private static final Logger log = LoggerFactory.getLogger(ConnectFlow.class);
  static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

  /**
   * How the callback ended.
   *
   * @param targetUserId the user whose account it was for, or 0 when unknown
   * @param accountName the connected account's name, when it worked
   * @param problem the message key of what went wrong, or null
   * @param detail the identity platform's own words, or null
   */
  record Outcome(long targetUserId, String accountName, String problem, String detail) {
    static Outcome failed(long targetUserId, String problem, String detail) {
      return new Outcome(targetUserId, null, problem, detail);
    }

    boolean ok() {
      return problem == null;
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final AccountAccess access;
  private final AzureApplications applications;
  private final JdbcConnectStates states;
  private final JdbcConnections connections;
  private final SandboxLoginHints hints;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ConnectFlow(
      AccountAccess access,
      AzureApplications applications,
      JdbcConnectStates states,
      JdbcConnections connections,
      SandboxLoginHints hints,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.access = access;
    this.applications = applications;
    this.states = states;
    this.connections = connections;
    this.hints = hints;
    this.clock = clock;
  }

  /**
   * Where to send the browser to connect {@code userId}'s account.
   *
   * @throws ConnectRefused when no delegated application is configured
   */
  URI start(Actor actor, long userId) {
    Directory.UserRef user = access.manage(actor, userId);
    AzureApplication app =
        applications.current().orElseThrow(() -> new ConnectRefused(Problems.NOT_CONFIGURED));
    if (app.applicationMode()) {
      throw new ConnectRefused("account.connect.applicationMode");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Pkce pkce = Pkce.generate();
    Instant now = clock.instant();
    states.save(
        state,
        new JdbcConnectStates.Pending(
            actor.userId(), user.id(), pkce.verifier(), now.plus(STATE_LIFETIME)),
        now);
    AuthorizeRequest request =
        AuthorizeRequest.of(app.redirectUri(), IdentityClient.TANDEM_SCOPES, state, pkce);
    Optional<String> hint = hints.loginHint(user);
    return app.identity(clock).authorizeUri(hint.map(request::withLoginHint).orElse(request));
  }

  /** Finishes the flow at the Redirect URI; stores nothing unless everything checks out. */
  Outcome complete(Actor actor, String state, String code, String error, String description) {
    if (state == null || state.isBlank()) {
      return Outcome.failed(0, "account.callback.badState", null);
    }
    Optional<JdbcConnectStates.Pending> found = states.peek(state);
    if (found.isEmpty() || found.get().expiresAt().isBefore(clock.instant())) {
      return Outcome.failed(0, "account.callback.badState", null);
    }
    JdbcConnectStates.Pending pending = found.get();
    if (pending.actorId() != actor.userId()) {
      return Outcome.failed(0, "account.callback.otherUser", null);
    }
    if (!states.take(state)) {
      return Outcome.failed(0, "account.callback.badState", null);
    }
    long userId = pending.targetUserId();
    if (error != null && !error.isBlank()) {
      return Outcome.failed(userId, "account.callback.refused", plain(error, description));
    }
    if (code == null || code.isBlank()) {
      return Outcome.failed(userId, "account.callback.noCode", null);
    }
    AzureApplication app = applications.current().orElse(null);
    if (app == null || app.applicationMode()) {
      return Outcome.failed(userId, Problems.NOT_CONFIGURED, null);
    }
    try {
      TokenResponse tokens =
          app.identity(clock)
              .redeemCode(
                  code, app.redirectUri(), pending.codeVerifier(), IdentityClient.TANDEM_SCOPES);
      if (tokens.refreshToken() == null) {
        return Outcome.failed(userId, Problems.NO_REFRESH_TOKEN, null);
      }
      User me =
          GraphClient.builder(app.endpoints(), mailbox -> tokens.accessToken())
              .clock(clock)
              .build()
              .users()
              .get(Mailbox.me("connect:" + userId));
      String name = me.displayName() != null ? me.displayName() : me.userPrincipalName();
      Optional<Long> owner = connections.connectedTo(me.userPrincipalName());
      if (owner.isPresent() && owner.get() != userId) {
        // Two CRM users on one mailbox would copy each other's items into it.
        return Outcome.failed(userId, "account.callback.taken", me.userPrincipalName());
      }
      try {
        connections.connect(userId, name, me.userPrincipalName(), tokens, clock.instant());
      } catch (org.springframework.dao.DuplicateKeyException e) {
        return Outcome.failed(userId, "account.callback.taken", me.userPrincipalName());
      }
      events.publishEvent(new MicrosoftAccountChanged(userId));
      log.info("User {} connected Microsoft account {} for user {}", actor.userId(), name, userId);
      return new Outcome(userId, name, null, null);
    } catch (GraphException e) {
      log.info("Connecting user {} failed: {}", userId, e.getMessage());
      return Outcome.failed(userId, GraphProblems.key(e), GraphProblems.detail(e));
    }
  }

  private static String plain(String error, String description) {
    String text = description == null || description.isBlank() ? error : description;
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** Connect cannot start; the message key says why. */
  static final class ConnectRefused extends RuntimeException {
    private final String key;

    ConnectRefused(String key) {
      super(key);
      this.key = key;
    }

    String key() {
      return key;
    }
  }
}
