package com.tandem.emulator.identity;

import com.tandem.emulator.Seed;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.directory.Tenant;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /{tenant}/oauth2/v2.0/token}. */
public final class TokenEndpoint {
  private final Directory directory;
  private final Tokens tokens;

  /** The endpoint over a directory and token store. */
  public TokenEndpoint(Directory directory, Tokens tokens) {
    this.directory = directory;
    this.tokens = tokens;
  }

  /** Answers a token request. */
  public ApiResponse handle(String tenantId, ApiRequest request) {
    try {
      if (!request.method().equals("POST")) {
        throw new OAuthError(
            405, "invalid_request", 900561, "The endpoint only accepts POST requests.", null);
      }
      Tenant tenant = directory.tenant(tenantId);
      if (tenant == null) {
        throw new OAuthError(
            400, "invalid_request", 90002, "Tenant '" + tenantId + "' not found.", null);
      }
      Map<String, String> form = ApiRequest.parseQuery(request.text());
      Seed.Application app = authenticate(tenant, request, form);
      String grantType = form.get("grant_type");
      if (grantType == null) {
        throw new OAuthError(
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'grant_type'.",
            null);
      }
      return switch (grantType) {
        case "authorization_code" -> code(tenant, app, form);
        case "refresh_token" -> refresh(tenant, app, form);
        case "client_credentials" -> clientCredentials(tenant, app, form);
        default ->
            throw new OAuthError(
                400,
                "unsupported_grant_type",
                70003,
                "The app requested an unsupported grant type '" + grantType + "'.",
                null);
      };
    } catch (OAuthError e) {
      return e.response(directory.clock());
    }
  }

  private Seed.Application authenticate(
      Tenant tenant, ApiRequest request, Map<String, String> form) {
    String clientId = form.get("client_id");
    String secret = form.get("client_secret");
    String basic = request.header("Authorization");
    if (basic != null && basic.startsWith("Basic ")) {
      String[] pair =
          new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8)
              .split(":", 2);
      clientId = ApiRequest.decode(pair[0]);
      secret = pair.length > 1 ? ApiRequest.decode(pair[1]) : "";
    }
    Seed.Application app = tenant.application(clientId);
    if (app == null) {
      throw new OAuthError(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + clientId
              + "' was not found in the directory '"
              + tenant.id()
              + "'.",
          null);
    }
    if (secret == null || secret.isEmpty()) {
      throw new OAuthError(
          401,
          "invalid_client",
          7000218,
          "The request body must contain the following parameter: 'client_assertion' or"
              + " 'client_secret'.",
          null);
    }
    if (!secret.equals(app.clientSecret())) {
      throw new OAuthError(
          401,
          "invalid_client",
          7000215,
          "Invalid client secret provided. Ensure the secret being sent in the request is the"
              + " client secret value, not the client secret ID, for a secret added to app '"
              + app.clientId()
              + "'.",
          null);
    }
    return app;
  }

  private ApiResponse code(Tenant tenant, Seed.Application app, Map<String, String> form) {
    String value = form.get("code");
    if (value == null) {
      throw new OAuthError(
          400,
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'code'.",
          null);
    }
    if (tokens.redeemedCodes.contains(value)) {
      throw OAuthError.invalidGrant(
          54005,
          "OAuth2 Authorization code was already redeemed,"
              + " please retry with a new valid code or use an existing refresh token.");
    }
    Tokens.Code code = tokens.codes.get(value);
    if (code == null
        || !code.clientId().equals(app.clientId())
        || !code.tenant().equalsIgnoreCase(tenant.id())) {
      throw OAuthError.invalidGrant(
          70000, "The provided value for the 'code' parameter is not" + " valid.");
    }
    if (directory.clock().instant().isAfter(code.expiresAt())) {
      tokens.codes.remove(value);
      throw OAuthError.invalidGrant(
          70008,
          "The provided authorization code or refresh token has"
              + " expired due to inactivity. Send a new interactive authorization request for this"
              + " user and resource.");
    }
    if (!code.redirectUri().equals(form.get("redirect_uri"))) {
      throw OAuthError.invalidGrant(
          500112,
          "The reply address '"
              + form.get("redirect_uri")
              + "' does not match the reply address '"
              + code.redirectUri()
              + "' provided when"
              + " requesting Authorization code.");
    }
    if (code.challenge() != null) {
      String verifier = form.get("code_verifier");
      if (verifier == null || !code.challenge().equals(s256(verifier))) {
        throw OAuthError.invalidGrant(
            501481,
            "The Code_Verifier does not match the code_challenge supplied in the authorization"
                + " request.");
      }
    }
    tokens.codes.remove(value);
    tokens.redeemedCodes.add(value);
    return issue(tenant, app, code.userId(), code.scopes());
  }

  private ApiResponse refresh(Tenant tenant, Seed.Application app, Map<String, String> form) {
    String value = form.get("refresh_token");
    Tokens.Refresh r = value == null ? null : tokens.refresh.get(value);
    if (r == null || !r.clientId().equals(app.clientId())) {
      throw OAuthError.invalidGrant(
          70000,
          "The provided value for the input parameter"
              + " 'refresh_token' or 'assertion' is not valid.");
    }
    if (tokens.revokedRefresh.contains(value)
        || directory.clock().instant().isAfter(r.expiresAt())) {
      throw OAuthError.invalidGrant(
          700082,
          "The refresh token has expired due to inactivity."
              + " The token was issued on "
              + r.expiresAt().minus(Tokens.REFRESH_LIFETIME)
              + " and was inactive for 90.00:00:00.");
    }
    Set<String> wanted = form.containsKey("scope") ? Scopes.parse(form.get("scope")) : r.scopes();
    Set<String> consented = tokens.consented(tenant.id(), r.userId(), app.clientId());
    Set<String> missing = new LinkedHashSet<>(Scopes.graphOnly(wanted));
    missing.removeAll(consented);
    if (consented.isEmpty() || !missing.isEmpty()) {
      throw new OAuthError(
          400,
          "invalid_grant",
          65001,
          "The user or administrator has not consented to use the application with ID '"
              + app.clientId()
              + "'. Send an interactive authorization request for this user and"
              + " resource.",
          "consent_required");
    }
    Set<String> scopes = new LinkedHashSet<>(wanted);
    scopes.retainAll(r.scopes());
    scopes.addAll(Scopes.OIDC.stream().filter(r.scopes()::contains).toList());
    return issue(tenant, app, r.userId(), scopes.isEmpty() ? r.scopes() : scopes);
  }

  private ApiResponse issue(
      Tenant tenant, Seed.Application app, String userId, Set<String> scopes) {
    Set<String> graph = Scopes.graphOnly(scopes);
    String access = tokens.issueAccess(tenant.id(), app.clientId(), userId, graph, Set.of());
    ObjectNode body = Json.object();
    body.put("token_type", "Bearer");
    body.put(
        "scope",
        String.join(" ", scopes.stream().filter(s -> !s.equals("offline_access")).toList()));
    body.put("expires_in", (int) Tokens.ACCESS_LIFETIME.getSeconds());
    body.put("ext_expires_in", (int) Tokens.ACCESS_LIFETIME.getSeconds());
    body.put("access_token", access);
    if (scopes.contains("offline_access")) {
      body.put("refresh_token", tokens.issueRefresh(tenant.id(), app.clientId(), userId, scopes));
    }
    if (scopes.contains("openid")) {
      Account user = tenant.user(userId);
      body.put("id_token", IdToken.of(tenant, app.clientId(), user, directory.clock().instant()));
    }
    return ApiResponse.json(200, body).header("Cache-Control", "no-store");
  }

  private ApiResponse clientCredentials(
      Tenant tenant, Seed.Application app, Map<String, String> form) {
    String scope = form.get("scope");
    if (scope == null || !scope.trim().equalsIgnoreCase(Scopes.GRAPH + ".default")) {
      throw new OAuthError(
          400,
          "invalid_scope",
          1002012,
          "The provided value for scope "
              + scope
              + " is not valid. Client credential flows must"
              + " have a scope value with /.default suffixed to the resource identifier"
              + " (application ID URI).",
          null);
    }
    String access =
        tokens.issueAccess(
            tenant.id(),
            app.clientId(),
            null,
            Set.of(),
            new LinkedHashSet<>(app.applicationPermissions()));
    ObjectNode body = Json.object();
    body.put("token_type", "Bearer");
    body.put("expires_in", (int) Tokens.ACCESS_LIFETIME.getSeconds());
    body.put("ext_expires_in", (int) Tokens.ACCESS_LIFETIME.getSeconds());
    body.put("access_token", access);
    return ApiResponse.json(200, body).header("Cache-Control", "no-store");
  }

  static String s256(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
