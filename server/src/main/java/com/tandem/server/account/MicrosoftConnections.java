package com.tandem.server.account;

import com.tandem.graph.AccessTokens;
import com.tandem.graph.GraphClient;
import com.tandem.graph.GraphEndpoints;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.AuthenticationException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * The port other features (sync) use to reach a user's Microsoft 365 data: the connection's state,
 * a fresh access token, the mailbox to address and a Graph client for the configured cloud.
 * Delegated mode uses the tokens the user granted through Connect; application mode uses client
 * credentials and the user's link to a Microsoft user.
 */
@Service
public class MicrosoftConnections {

  private static final String KEY_PREFIX = "user:";

  private record Client(GraphEndpoints endpoints, GraphClient client) {}

  private final AzureApplications applications;
  private final JdbcConnections connections;
  private final JdbcUserLinks links;
  private final TokenRefresher refresher;
  private final ApplicationTokens applicationTokens;
  private final Clock clock;
  private final MeterRegistry meters;
  private final AtomicReference<Client> client = new AtomicReference<>();

  MicrosoftConnections(
      AzureApplications applications,
      JdbcConnections connections,
      JdbcUserLinks links,
      TokenRefresher refresher,
      ApplicationTokens applicationTokens,
      Clock clock,
      MeterRegistry meters) {
    this.applications = applications;
    this.connections = connections;
    this.links = links;
    this.refresher = refresher;
    this.applicationTokens = applicationTokens;
    this.clock = clock;
    this.meters = meters;
  }

  /** The user's connection as it is now (NOT_CONNECTED when there is none). */
  public MicrosoftConnection connection(long userId) {
    Optional<AzureApplication> app = applications.current();
    if (app.isPresent() && app.get().applicationMode()) {
      return links
          .find(userId)
          .map(
              link ->
                  new MicrosoftConnection(
                      userId,
                      ConnectionStatus.CONNECTED,
                      link.accountName(),
                      link.microsoftUser(),
                      link.linkedAt(),
                      java.util.List.of(),
                      null))
          .orElse(MicrosoftConnection.notConnected(userId));
    }
    return connections
        .find(userId)
        .map(StoredConnection::view)
        .orElse(MicrosoftConnection.notConnected(userId));
  }

  /**
   * A valid access token for the user's mailbox, refreshed first when it is about to expire.
   *
   * @throws MicrosoftAccountUnavailableException when not connected or a reconnect is required
   * @throws com.tandem.graph.errors.GraphException when the identity platform fails for another
   *     reason
   */
  public String accessTokenFor(long userId) {
    return accessTokenFor(userId, null);
  }

  /**
   * Like {@link #accessTokenFor(long)}, after Graph refused {@code rejectedToken} with 401: a new
   * token is fetched unless another worker already replaced the refused one.
   */
  public String accessTokenFor(long userId, String rejectedToken) {
    AzureApplication app = requireApplication(userId);
    if (app.applicationMode()) {
      if (links.find(userId).isEmpty()) {
        throw new MicrosoftAccountUnavailableException(MicrosoftConnection.notConnected(userId));
      }
      return applicationTokens.accessToken(app, rejectedToken);
    }
    return refresher.accessToken(userId, app, rejectedToken);
  }

  /**
   * The mailbox to address for the user: {@code /me}, or {@code /users/{upn}} in application mode.
   */
  public Mailbox mailboxFor(long userId) {
    AzureApplication app = requireApplication(userId);
    if (app.applicationMode()) {
      UserLink link =
          links
              .find(userId)
              .orElseThrow(
                  () ->
                      new MicrosoftAccountUnavailableException(
                          MicrosoftConnection.notConnected(userId)));
      return Mailbox.user(KEY_PREFIX + userId, link.microsoftUser());
    }
    return Mailbox.me(KEY_PREFIX + userId);
  }

  /** The configured identity platform and Graph, or empty while no application is configured. */
  public Optional<GraphEndpoints> endpoints() {
    return applications.current().map(AzureApplication::endpoints);
  }

  /**
   * A Graph client for the configured cloud whose tokens come from {@link #accessTokenFor(long)}
   * for the mailboxes of {@link #mailboxFor(long)}.
   *
   * @throws IllegalStateException while no Azure application is configured
   */
  public GraphClient graph() {
    GraphEndpoints endpoints =
        endpoints().orElseThrow(() -> new IllegalStateException("no Azure application"));
    Client current = client.get();
    if (current == null || !current.endpoints().equals(endpoints)) {
      current =
          new Client(
              endpoints,
              GraphClient.builder(endpoints, tokens())
                  .clock(clock)
                  .onResponse(this::countResponse)
                  .build());
      client.set(current);
    }
    return current.client();
  }

  /**
   * The token source behind {@link #graph()}, for mailboxes made by {@link #mailboxFor(long)}; an
   * unusable connection surfaces as the client's {@link AuthenticationException}.
   */
  public AccessTokens tokens() {
    return new AccessTokens() {
      @Override
      public String bearerToken(Mailbox mailbox) {
        return bearerTokenAfterRejection(mailbox, null);
      }

      @Override
      public String bearerTokenAfterRejection(Mailbox mailbox, String rejected) {
        try {
          return accessTokenFor(userOf(mailbox), rejected);
        } catch (MicrosoftAccountUnavailableException e) {
          throw AuthenticationException.reconnectNeeded(e.getMessage());
        }
      }
    };
  }

  /** Counts Graph's answers by status on {@code tandem.graph.requests} ("none": no answer). */
  private void countResponse(int status) {
    meters
        .counter("tandem.graph.requests", "status", status == 0 ? "none" : Integer.toString(status))
        .increment();
  }

  static long userOf(Mailbox mailbox) {
    String key = mailbox.connection();
    if (!key.startsWith(KEY_PREFIX)) {
      throw new IllegalArgumentException("not a mailbox of MicrosoftConnections: " + key);
    }
    return Long.parseLong(key.substring(KEY_PREFIX.length()));
  }

  private AzureApplication requireApplication(long userId) {
    return applications
        .current()
        .orElseThrow(
            () ->
                new MicrosoftAccountUnavailableException(MicrosoftConnection.notConnected(userId)));
  }
}
