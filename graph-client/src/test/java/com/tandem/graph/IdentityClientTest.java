package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdentityClientTest {

  private final IdentityClient identity =
      IdentityClient.builder(GraphEndpoints.global("contoso.onmicrosoft.com"), "client-1").build();

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }

  @Test
  void authorizeUriAsksForACodeWithPkceStateAndScopes() {
    Pkce pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    URI uri =
        identity.authorizeUri(
            AuthorizeRequest.of(
                    URI.create("https://tandem.example/oauth/callback"),
                    IdentityClient.TANDEM_SCOPES,
                    "state-123",
                    pkce)
                .withPrompt("select_account")
                .withLoginHint("adele@contoso.test"));

    assertThat(uri.getScheme() + "://" + uri.getHost() + uri.getPath())
        .isEqualTo(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize");
    assertThat(query(uri))
        .containsEntry("client_id", "client-1")
        .containsEntry("response_type", "code")
        .containsEntry("redirect_uri", "https://tandem.example/oauth/callback")
        .containsEntry(
            "scope",
            "offline_access User.Read Calendars.ReadWrite Tasks.ReadWrite Mail.ReadWrite Mail.Send")
        .containsEntry("state", "state-123")
        .containsEntry("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("prompt", "select_account")
        .containsEntry("login_hint", "adele@contoso.test");
    assertThat(uri.toString()).doesNotContain(pkce.verifier());
  }

  @Test
  void pkceChallengeIsTheRfc7636ExampleAndTheVerifierStaysHidden() {
    Pkce pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

    assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(pkce.toString()).doesNotContain(pkce.verifier());
  }

  @Test
  void generatedVerifiersAreLongEnoughAndDifferent() {
    Pkce one = Pkce.generate();
    Pkce two = Pkce.generate();

    assertThat(one.verifier()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(two.verifier());
  }

  @Test
  void aShortVerifierOrAMismatchedChallengeIsRefused() {
    assertThatThrownBy(() -> Pkce.of("too-short")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pkce("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void authorizeRequestNeedsAnAbsoluteRedirectAndScopes() {
    Pkce pkce = Pkce.generate();
    assertThatThrownBy(
            () -> AuthorizeRequest.of(URI.create("/callback"), List.of("User.Read"), "s", pkce))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AuthorizeRequest.of(URI.create("https://t.example/cb"), List.of(), "s", pkce))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clientCredentialsWithoutSecretAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(identity::clientCredentials).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void endpointsFollowTheConfiguredAuthorityAndTenant() {
    GraphEndpoints endpoints =
        GraphEndpoints.of("http://127.0.0.1:8089/", "organizations", "http://127.0.0.1:8089");

    assertThat(endpoints.tokenUri())
        .hasToString("http://127.0.0.1:8089/organizations/oauth2/v2.0/token");
    assertThat(endpoints.graphV1()).hasToString("http://127.0.0.1:8089/v1.0");
    assertThat(endpoints.graphDefaultScope()).isEqualTo("https://graph.microsoft.com/.default");
    assertThat(
            GraphEndpoints.of("https://login.microsoftonline.us", "t", "https://graph.microsoft.us")
                .graphDefaultScope())
        .isEqualTo("https://graph.microsoft.us/.default");
    assertThatThrownBy(() -> GraphEndpoints.of("ftp://x", "t", "https://g"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GraphEndpoints.of("https://x", "a/b", "https://g"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
