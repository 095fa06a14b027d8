package com.tandem.graph;

import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.InvalidClientException;
import com.tandem.graph.errors.InvalidScopeException;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.RequestRejectedException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads the identity platform's token answers and error bodies. */
final class IdentityErrors {

  // AADSTS codes after which only a new sign-in helps: bad, expired or revoked refresh tokens, a
  // code already redeemed, and missing consent.
  private static final Set<Integer> RECONNECT = Set.of(70000, 70008, 700082, 54005, 65001);
  private static final Set<String> RECONNECT_ERRORS =
      Set.of("invalid_grant", "interaction_required", "consent_required", "login_required");
  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

  private final GraphErrors graphErrors;

  IdentityErrors(GraphErrors graphErrors) {
    this.graphErrors = graphErrors;
  }

  /** The exception for a failed token request. */
  GraphException toException(String request, int status, HttpHeaders headers, byte[] body) {
    JsonNode json = lenient(body);
    String error = GraphJson.text(json, "error");
    if (error == null) {
      return graphErrors.toException(request, status, headers, (JsonNode) null);
    }
    String description = GraphJson.text(json, "error_description");
    List<Integer> codes = codes(json, description);
    String traceId = GraphJson.text(json, "trace_id");
    GraphError details = new GraphError(request, status, error, description, traceId, codes);
    if (RECONNECT_ERRORS.contains(error) || codes.stream().anyMatch(RECONNECT::contains)) {
      return new AuthenticationException(details, null);
    }
    if ("invalid_client".equals(error)) {
      return new InvalidClientException(details, null);
    }
    if ("invalid_scope".equals(error) || codes.contains(70011)) {
      return new InvalidScopeException(details, null);
    }
    if (status == 429 || status >= 500) {
      return graphErrors.toException(request, status, headers, (JsonNode) null);
    }
    return new RequestRejectedException(details, null);
  }

  /** Reads a token answer; {@code expires_in} may be a number or a string. */
  static TokenResponse token(JsonNode json, Clock clock, GraphError context) {
    String accessToken = GraphJson.text(json, "access_token");
    String expiresIn = GraphJson.text(json, "expires_in");
    if (accessToken == null || expiresIn == null) {
      throw new MalformedResponseException(context, null);
    }
    Duration lifetime;
    try {
      lifetime = Duration.ofSeconds(Long.parseLong(expiresIn.trim()));
    } catch (NumberFormatException e) {
      throw new MalformedResponseException(context, e);
    }
    return new TokenResponse(
        accessToken,
        GraphJson.text(json, "token_type"),
        lifetime,
        clock.instant().plus(lifetime),
        GraphJson.text(json, "scope"),
        GraphJson.text(json, "refresh_token"),
        GraphJson.text(json, "id_token"));
  }

  private static List<Integer> codes(JsonNode json, String description) {
    List<Integer> codes = new ArrayList<>();
    JsonNode array = json.get("error_codes");
    if (array != null && array.isArray()) {
      array.forEach(code -> codes.add(code.asInt()));
    }
    if (codes.isEmpty() && description != null) {
      Matcher matcher = AADSTS.matcher(description);
      if (matcher.find()) {
        codes.add(Integer.parseInt(matcher.group(1)));
      }
    }
    return codes;
  }

  private static JsonNode lenient(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return GraphJson.MAPPER.readTree(body);
    } catch (JacksonException e) {
      return null;
    }
  }
}
