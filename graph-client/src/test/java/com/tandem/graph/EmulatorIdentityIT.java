package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.emulator.Seed;
import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.InvalidClientException;
import com.tandem.graph.errors.InvalidScopeException;
import com.tandem.graph.model.User;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OAuth flows against the emulator's identity platform, then Graph with the tokens. */
class EmulatorIdentityIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final URI REDIRECT =
      URI.create("http://localhost:8080/connect/microsoft/callback");
  private static final Pattern FLOW = Pattern.compile("name=\"flow\" value=\"([^\"]+)\"");

  private final HttpClient browser = HttpClient.newHttpClient();
  private GraphEndpoints endpoints;
  private IdentityClient identity;

  @BeforeEach
  void setUp(GraphEmulator emulator) {
    emulator.control().reset();
    endpoints = GraphEndpoints.of(emulator.baseUrl(), "contoso", emulator.baseUrl());
    identity =
        IdentityClient.builder(endpoints, Seed.DEMO_CLIENT_ID)
            .clientSecret(Seed.DEMO_CLIENT_SECRET)
            .build();
  }

  /** Plays the user's browser: signs in as Adele, consents, and returns the callback's query. */
  private Map<String, String> signIn(URI authorize) throws Exception {
    String signInPage = browser.send(HttpRequest.newBuilder(authorize).build(), body()).body();
    String consentPage =
        post(
                authorize,
                "flow="
                    + flow(signInPage)
                    + "&step=signin&login=adele%40contoso.test&passwd="
                    + java.net.URLEncoder.encode(Seed.DEMO_PASSWORD, StandardCharsets.UTF_8))
            .body();
    HttpResponse<String> redirect =
        post(authorize, "flow=" + flow(consentPage) + "&step=consent&decision=accept");
    assertThat(redirect.statusCode()).isEqualTo(302);
    URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return query;
  }

  private HttpResponse<String> post(URI authorize, String form) throws Exception {
    URI action = URI.create(authorize.toString().substring(0, authorize.toString().indexOf('?')));
    return browser.send(
        HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        body());
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static String flow(String html) {
    Matcher matcher = FLOW.matcher(html);
    assertThat(matcher.find()).as("a sign-in form in %s", html).isTrue();
    return matcher.group(1);
  }

  @Test
  void userConnectsWithCodeAndPkceThenRefreshRotatesTheRefreshToken() throws Exception {
    Pkce pkce = Pkce.generate();
    URI authorize =
        identity.authorizeUri(
            AuthorizeRequest.of(REDIRECT, IdentityClient.TANDEM_SCOPES, "state-1", pkce)
                .withLoginHint("adele@contoso.test"));

    Map<String, String> callback = signIn(authorize);
    TokenResponse tokens =
        identity.redeemCode(
            callback.get("code"), REDIRECT, pkce.verifier(), IdentityClient.TANDEM_SCOPES);
    TokenResponse refreshed =
        identity.refresh(tokens.newRefreshToken().orElseThrow(), IdentityClient.TANDEM_SCOPES);

    assertThat(callback).containsEntry("state", "state-1");
    assertThat(tokens.tokenType()).isEqualToIgnoringCase("Bearer");
    assertThat(refreshed.newRefreshToken()).isPresent().get().isNotEqualTo(tokens.refreshToken());
    GraphClient graph = GraphClient.builder(endpoints, mailbox -> refreshed.accessToken()).build();
    assertThat(graph.users().get(Mailbox.me("adele")).userPrincipalName())
        .isEqualTo("adele@contoso.test");
  }

  @Test
  void aCodeRedeemedTwiceMeansReconnect() throws Exception {
    Pkce pkce = Pkce.generate();
    Map<String, String> callback =
        signIn(
            identity.authorizeUri(
                AuthorizeRequest.of(REDIRECT, IdentityClient.TANDEM_SCOPES, "s", pkce)));
    identity.redeemCode(
        callback.get("code"), REDIRECT, pkce.verifier(), IdentityClient.TANDEM_SCOPES);

    assertThatThrownBy(
            () ->
                identity.redeemCode(
                    callback.get("code"), REDIRECT, pkce.verifier(), IdentityClient.TANDEM_SCOPES))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void revokedRefreshTokensAndConsentMeanReconnect(GraphEmulator emulator) throws Exception {
    Pkce pkce = Pkce.generate();
    Map<String, String> callback =
        signIn(
            identity.authorizeUri(
                AuthorizeRequest.of(REDIRECT, IdentityClient.TANDEM_SCOPES, "s", pkce)));
    TokenResponse tokens =
        identity.redeemCode(
            callback.get("code"), REDIRECT, pkce.verifier(), IdentityClient.TANDEM_SCOPES);
    String refreshToken = tokens.newRefreshToken().orElseThrow();

    emulator.control().revokeConsent("contoso", "adele@contoso.test");
    assertThatThrownBy(() -> identity.refresh(refreshToken, IdentityClient.TANDEM_SCOPES))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.consentRequired()).isTrue());

    emulator.control().revokeRefreshTokens("contoso", "adele@contoso.test");
    assertThatThrownBy(() -> identity.refresh(refreshToken, IdentityClient.TANDEM_SCOPES))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void clientCredentialsGiveAnApplicationTokenThatReachesAnyMailbox() {
    TokenResponse token = identity.clientCredentials();

    GraphClient graph = GraphClient.builder(endpoints, mailbox -> token.accessToken()).build();

    assertThat(token.newRefreshToken()).isEmpty();
    assertThat(graph.users().get(Mailbox.user("app", "alex@contoso.test")).displayName())
        .isEqualTo("Alex Wilber");
  }

  @Test
  void aWrongSecretIsInvalidClient() {
    IdentityClient wrong =
        IdentityClient.builder(endpoints, Seed.DEMO_CLIENT_ID).clientSecret("wrong").build();

    assertThatThrownBy(wrong::clientCredentials).isInstanceOf(InvalidClientException.class);
  }

  @Test
  void anExpiredAccessTokenIsAnAuthenticationFailure() {
    GraphClient graph = GraphClient.builder(endpoints, mailbox -> "not-a-token").build();

    assertThatThrownBy(() -> graph.users().get(Mailbox.me("adele")))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void aTokenGraphRefusesBeforeItsExpiryIsReplacedOnceAndTheRequestRetried(GraphEmulator emulator) {
    java.util.List<String> rejected = new java.util.concurrent.CopyOnWriteArrayList<>();
    GraphClient graph =
        refusedFirst(
            refused -> {
              rejected.add(refused);
              return emulator.control().applicationToken("contoso", Seed.DEMO_CLIENT_ID);
            });

    User adele = graph.users().get(Mailbox.user("app", "adele@contoso.test"));

    assertThat(adele.userPrincipalName()).isEqualTo("adele@contoso.test");
    assertThat(rejected).containsExactly("refused-by-graph");
  }

  @Test
  void aFreshTokenGraphAlsoRefusesIsAnAuthenticationFailureAfterOneRetry() {
    java.util.concurrent.atomic.AtomicInteger refreshes =
        new java.util.concurrent.atomic.AtomicInteger();
    GraphClient graph = refusedFirst(refused -> "also-refused-" + refreshes.incrementAndGet());

    assertThatThrownBy(() -> graph.users().get(Mailbox.me("adele")))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(refreshes).hasValue(1);
  }

  /** A client whose first token Graph refuses; {@code refresh} gives the one after it. */
  private GraphClient refusedFirst(java.util.function.UnaryOperator<String> refresh) {
    AccessTokens tokens =
        new AccessTokens() {
          @Override
          public String bearerToken(Mailbox mailbox) {
            return "refused-by-graph";
          }

          @Override
          public String bearerTokenAfterRejection(Mailbox mailbox, String refused) {
            return refresh.apply(refused);
          }
        };
    return GraphClient.builder(endpoints, tokens).build();
  }

  @Test
  void scopesOfAnotherResourceAreRefused() {
    assertThatThrownBy(() -> identity.clientCredentials("https://foo.example/.default"))
        .isInstanceOf(InvalidScopeException.class);
  }
}
