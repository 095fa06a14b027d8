package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.InvalidClientException;
import com.tandem.graph.errors.InvalidScopeException;
import com.tandem.graph.errors.MalformedResponseException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityHttpIT {

  private static final String TOKEN_PATH = "/tenant-1/oauth2/v2.0/token";
  private static final URI REDIRECT = URI.create("https://tandem.example/oauth/callback");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
  private static final String SUCCESS =
      """
      {"access_token":"at-new","token_type":"Bearer","expires_in":3600,
       "scope":"User.Read Calendars.ReadWrite","refresh_token":"rt-new","id_token":"idt"}
      """;

  private static FakeGraph server;
  private static IdentityClient identity;

  @BeforeAll
  static void start() {
    server = new FakeGraph();
    identity =
        IdentityClient.builder(
                GraphEndpoints.of(server.baseUrl(), "tenant-1", server.baseUrl()), "client-1")
            .clientSecret("s3cret")
            .clock(CLOCK)
            .build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private static Map<String, String> form() {
    return Arrays.stream(server.lastRequest().body().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }

  private static String error(String error, int code) {
    return "{\"error\":\""
        + error
        + "\",\"error_description\":\"AADSTS"
        + code
        + ": something.\\r\\nTrace ID: t\",\"error_codes\":["
        + code
        + "],\"trace_id\":\"trace-"
        + code
        + "\",\"correlation_id\":\"c\"}";
  }

  @Test
  void codeIsRedeemedWithItsVerifierAndTheClientSecret() {
    server.on("POST", TOKEN_PATH, 200, SUCCESS);
    Pkce pkce = Pkce.generate();

    TokenResponse token =
        identity.redeemCode("code-1", REDIRECT, pkce.verifier(), IdentityClient.TANDEM_SCOPES);

    assertThat(server.lastRequest().header("Content-Type"))
        .isEqualTo("application/x-www-form-urlencoded");
    assertThat(form())
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("client_id", "client-1")
        .containsEntry("client_secret", "s3cret")
        .containsEntry("code", "code-1")
        .containsEntry("code_verifier", pkce.verifier())
        .containsEntry("redirect_uri", REDIRECT.toString())
        .containsEntry("scope", String.join(" ", IdentityClient.TANDEM_SCOPES));
    assertThat(token.accessToken()).isEqualTo("at-new");
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-02-01T11:00:00Z"));
    assertThat(token.scopes()).containsExactly("User.Read", "Calendars.ReadWrite");
  }

  @Test
  void refreshReturnsTheNewRefreshToken() {
    server.on("POST", TOKEN_PATH, 200, SUCCESS);

    TokenResponse token = identity.refresh("rt-old", List.of("offline_access", "User.Read"));

    assertThat(form())
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("refresh_token", "rt-old");
    assertThat(token.newRefreshToken()).contains("rt-new");
  }

  @Test
  void clientCredentialsAskForGraphsDefaultScope() {
    server.on(
        "POST",
        TOKEN_PATH,
        200,
        "{\"access_token\":\"app\",\"token_type\":\"Bearer\",\"expires_in\":\"3599\"}");

    TokenResponse token = identity.clientCredentials();

    assertThat(form())
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("scope", "https://graph.microsoft.com/.default")
        .containsEntry("client_secret", "s3cret");
    assertThat(token.accessToken()).isEqualTo("app");
    assertThat(token.newRefreshToken()).isEmpty();
  }

  @Test
  void revokedOrExpiredRefreshTokensMeanReconnect() {
    for (int code : new int[] {70000, 70008, 700082, 54005}) {
      server.on("POST", TOKEN_PATH, 400, error("invalid_grant", code));

      assertThatThrownBy(() -> identity.refresh("rt-secret-value", List.of("User.Read")))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.error().identityCodes()).containsExactly(code);
                assertThat(e.requestId()).contains("trace-" + code);
                assertThat(e.consentRequired()).isFalse();
                assertThat(e.getMessage()).doesNotContain("rt-secret-value", "s3cret");
              });
    }
  }

  @Test
  void missingConsentMeansReconnectWithConsent() {
    server.on("POST", TOKEN_PATH, 400, error("invalid_grant", 65001));

    assertThatThrownBy(() -> identity.refresh("rt", List.of("User.Read")))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.consentRequired()).isTrue());
  }

  @Test
  void aBadSecretIsInvalidClient() {
    server.on("POST", TOKEN_PATH, 401, error("invalid_client", 7000215));

    assertThatThrownBy(() -> identity.clientCredentials())
        .isInstanceOfSatisfying(
            InvalidClientException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void aBadScopeIsInvalidScope() {
    server.on("POST", TOKEN_PATH, 400, error("invalid_scope", 70011));

    assertThatThrownBy(() -> identity.clientCredentials("https://foo.example/.default"))
        .isInstanceOf(InvalidScopeException.class);
  }

  @Test
  void aTokenAnswerWithoutAccessTokenIsMalformed() {
    server.on("POST", TOKEN_PATH, 200, "{\"token_type\":\"Bearer\"}");

    assertThatThrownBy(() -> identity.clientCredentials())
        .isInstanceOf(MalformedResponseException.class);
  }
}
