package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.GraphServerException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Tandem's client for the identity platform's OAuth 2.0 v2.0 endpoints: the authorize URL with
 * PKCE, code redemption, refresh and client credentials.
 */
public final class IdentityClient {

  /** The delegated scopes Tandem asks a user to grant. */
  public static final List<String> TANDEM_SCOPES =
      List.of(
          "offline_access",
          "User.Read",
          "Calendars.ReadWrite",
          "Tasks.ReadWrite",
          "Mail.ReadWrite",
          "Mail.Send");

  private final GraphEndpoints endpoints;
  private final String clientId;
  private final String clientSecret;
  private final HttpClient http;
  private final Duration timeout;
  private final IdentityErrors errors;
  private final Clock clock;

  private IdentityClient(Builder builder) {
    this.endpoints = builder.endpoints;
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.timeout = builder.timeout;
    this.clock = builder.clock;
    this.errors = new IdentityErrors(new GraphErrors(builder.clock));
    this.http =
        builder.httpClient != null
            ? builder.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(builder.timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
  }

  /** A builder for an application registered with the given client id. */
  public static Builder builder(GraphEndpoints endpoints, String clientId) {
    return new Builder(endpoints, clientId);
  }

  /** The URL to send the user's browser to: authorization code flow with PKCE (S256). */
  public URI authorizeUri(AuthorizeRequest request) {
    Objects.requireNonNull(request, "request == null");
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", clientId);
    query.put("response_type", "code");
    query.put("redirect_uri", request.redirectUri().toString());
    query.put("response_mode", "query");
    query.put("scope", String.join(" ", request.scopes()));
    query.put("state", request.state());
    query.put("code_challenge", request.pkce().challenge());
    query.put("code_challenge_method", "S256");
    if (request.prompt() != null) {
      query.put("prompt", request.prompt());
    }
    if (request.loginHint() != null) {
      query.put("login_hint", request.loginHint());
    }
    return URI.create(endpoints.authorizeUri() + "?" + GraphUris.query(query));
  }

  /** Redeems an authorization code with its PKCE verifier (and the client secret, if any). */
  public TokenResponse redeemCode(
      String code, URI redirectUri, String codeVerifier, List<String> scopes) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", Checks.text(code, "code"));
    form.put("redirect_uri", Objects.requireNonNull(redirectUri, "redirectUri == null").toString());
    form.put("code_verifier", Checks.text(codeVerifier, "codeVerifier"));
    form.put("scope", String.join(" ", checkScopes(scopes)));
    return token(form);
  }

  /** Exchanges a refresh token for new tokens; store the returned refresh token in its place. */
  public TokenResponse refresh(String refreshToken, List<String> scopes) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", Checks.text(refreshToken, "refreshToken"));
    form.put("scope", String.join(" ", checkScopes(scopes)));
    return token(form);
  }

  /** Gets an application token for Graph ({@code {graph}/.default}) with the client secret. */
  public TokenResponse clientCredentials() {
    return clientCredentials(endpoints.graphDefaultScope());
  }

  /** Gets an application token for a resource's {@code .default} scope with the client secret. */
  public TokenResponse clientCredentials(String scope) {
    if (clientSecret == null) {
      throw new IllegalStateException("client credentials need a client secret");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("scope", Checks.text(scope, "scope"));
    return token(form);
  }

  static List<String> checkScopes(List<String> scopes) {
    Objects.requireNonNull(scopes, "scopes == null");
    if (scopes.isEmpty()
        || scopes.stream().anyMatch(s -> s == null || s.isBlank() || s.contains(" "))) {
      throw new IllegalArgumentException("scopes must be non-empty words: " + scopes);
    }
    return List.copyOf(scopes);
  }

  private TokenResponse token(Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("client_id", clientId);
    all.putAll(form);
    if (clientSecret != null) {
      all.put("client_secret", clientSecret);
    }
    URI uri = endpoints.tokenUri();
    String request = "POST " + uri.getRawPath() + " (" + form.get("grant_type") + ")";
    HttpRequest httpRequest =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(all)))
            .build();
    HttpResponse<byte[]> response = send(httpRequest, request);
    if (response.statusCode() != 200) {
      throw errors.toException(request, response.statusCode(), response.headers(), response.body());
    }
    GraphError context = GraphError.of(request, 200, null, "not a token answer", null);
    return IdentityErrors.token(GraphJson.tree(response.body(), context), clock, context);
  }

  private HttpResponse<byte[]> send(HttpRequest request, String description) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new GraphServerException(
          GraphError.of(description, 0, null, "no response: " + e, null), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphServerException(GraphError.of(description, 0, null, "interrupted", null), e);
    }
  }

  private static String formBody(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach(
        (name, value) ->
            body.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
  }

  /** Configures an {@link IdentityClient}. */
  public static final class Builder {
    private final GraphEndpoints endpoints;
    private final String clientId;
    private String clientSecret;
    private HttpClient httpClient;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder(GraphEndpoints endpoints, String clientId) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints == null");
      this.clientId = Checks.text(clientId, "clientId");
    }

    /** Sets the client secret of a confidential client. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Checks.text(clientSecret, "clientSecret");
      return this;
    }

    /** Uses a shared {@link HttpClient} instead of a new one. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /** Sets how long one request may take (default 30 seconds). */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Sets the clock that token expiry is computed with. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The client. */
    public IdentityClient build() {
      return new IdentityClient(this);
    }
  }
}
