package com.tandem.emulator;

import com.tandem.emulator.batch.BatchEndpoint;
import com.tandem.emulator.control.ControlEndpoint;
import com.tandem.emulator.control.Faults;
import com.tandem.emulator.control.RequestCounts;
import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.directory.EmulatorClock;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.graph.GraphEndpoint;
import com.tandem.emulator.graph.Mailbox;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.EmulatorServer;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import com.tandem.emulator.identity.AuthorizeEndpoint;
import com.tandem.emulator.identity.TokenEndpoint;
import com.tandem.emulator.identity.Tokens;
import com.tandem.emulator.subscriptions.Subscriptions;
import com.tandem.emulator.throttling.Throttle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running Microsoft Graph and identity-platform emulator on 127.0.0.1: identity at {@code
 * /{tenant}/oauth2/v2.0/…}, Graph at {@code /v1.0/…}, control at {@code /_emulator/…}.
 */
public final class GraphEmulator implements AutoCloseable {
  private static final Pattern IDENTITY =
      Pattern.compile("^/([^/]+)/oauth2/v2\\.0/(authorize|token)/?$");

  private final Seed seed;
  final EmulatorClock clock;
  final Directory directory;
  final Tokens tokens;
  final Throttle throttle;
  final Faults faults = new Faults();
  final RequestCounts counts = new RequestCounts();
  final Subscriptions notifications;
  private final GraphEndpoint graph;
  private final AuthorizeEndpoint authorize;
  private final TokenEndpoint token;
  private final ControlEndpoint control;
  private final EmulatorControl controlApi;
  private final EmulatorServer server;

  private GraphEmulator(int port, Seed seed, Clock baseClock) {
    this.seed = seed;
    this.clock = new EmulatorClock(baseClock);
    this.notifications = new Subscriptions();
    Directory[] holder = new Directory[1];
    this.directory =
        new Directory(
            clock,
            account -> new Mailbox(account, notifications, clock, () -> holder[0].nextSequence()));
    holder[0] = directory;
    this.tokens = new Tokens(clock);
    this.throttle = new Throttle(clock);
    this.graph = new GraphEndpoint(directory, tokens, throttle, faults, counts);
    this.authorize = new AuthorizeEndpoint(directory, tokens);
    this.token = new TokenEndpoint(directory, tokens);
    this.controlApi = new EmulatorControl(this);
    this.control = new ControlEndpoint(controlApi);
    notifications.wire(directory);
    graph.extensions(new BatchEndpoint(graph::handle), notifications);
    directory.load(seed);
    try {
      this.server = new EmulatorServer(port, this::dispatch, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  /** Starts an emulator with {@code seed} on a free port. */
  public static GraphEmulator start(Seed seed) {
    return start(0, seed);
  }

  /** Starts an emulator with {@code seed} on {@code port} (0 = a free port). */
  public static GraphEmulator start(int port, Seed seed) {
    return new GraphEmulator(port, seed, Clock.systemUTC());
  }

  /** Starts an emulator whose clock runs from {@code clock}. */
  public static GraphEmulator start(int port, Seed seed, Clock clock) {
    return new GraphEmulator(port, seed, clock);
  }

  /** Like {@code http://127.0.0.1:PORT}: the authority URL and the Graph base (add /v1.0). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** The Java equivalent of the {@code /_emulator/} control API. */
  public EmulatorControl control() {
    return controlApi;
  }

  /** The seed this emulator resets to. */
  public Seed seed() {
    return seed;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
    notifications.close();
  }

  void resetState() {
    directory.load(seed);
    tokens.clear();
    authorize.clear();
    faults.clear();
    counts.clear();
    throttle.clear();
    notifications.clear();
  }

  private ApiResponse dispatch(ApiRequest request, String origin) {
    String path = request.path();
    if (path.startsWith("/_emulator/")) {
      return control.handle(request);
    }
    if (path.equals("/v1.0") || path.startsWith("/v1.0/")) {
      return graph.handle(request, origin);
    }
    Matcher m = IDENTITY.matcher(path);
    if (m.matches()) {
      com.tandem.emulator.Fault fault = faults.take(request.method(), path);
      if (fault != null && fault.status() != null) {
        ApiResponse r =
            ApiResponse.json(
                fault.status(),
                Json.object()
                    .put("error", "temporarily_unavailable")
                    .put("error_description", "AADSTS90033: A transient error has occurred."));
        return fault.retryAfterSeconds() == null
            ? r
            : r.header("Retry-After", fault.retryAfterSeconds().toString());
      }
      String tenant = ApiRequest.decode(m.group(1));
      ApiResponse r =
          m.group(2).equals("token")
              ? token.handle(tenant, request)
              : authorize.handle(tenant, request);
      r.header("x-ms-request-id", Ids.guid());
      return fault != null && fault.dropAfterApply() ? r.drop() : r;
    }
    return new GraphException(404, "NotFound", "No such endpoint: " + path)
        .answer(Ids.guid(), request.header("client-request-id"), clock.instant());
  }
}
