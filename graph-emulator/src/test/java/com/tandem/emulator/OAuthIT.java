package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GraphEmulatorExtension.class)
class OAuthIT {
  static final String REDIRECT = "http://localhost:8080/connect/microsoft/callback";
  static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXkdBjftJeZ4CVP";
  static final String SCOPES =
      "offline_access openid User.Read Calendars.ReadWrite Tasks.ReadWrite";

  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http = new Http(emulator.baseUrl());
  }

  static String challenge() throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
  }

  String authorizeUrl(String redirect, String extra) throws Exception {
    return "/contoso/oauth2/v2.0/authorize?client_id="
        + Seed.DEMO_CLIENT_ID
        + "&response_type=code&redirect_uri="
        + enc(redirect)
        + "&scope="
        + enc(SCOPES)
        + "&state=xyz&code_challenge="
        + challenge()
        + "&code_challenge_method=S256"
        + extra;
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String flow(String html) {
    Matcher m = Pattern.compile("name=\"flow\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(1);
  }

  static Map<String, String> query(String location) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : URI.create(location).getRawQuery().split("&")) {
      String[] kv = p.split("=", 2);
      out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Signs in and consents; returns the redirect's query. */
  Map<String, String> signInAndConsent(String decision) throws Exception {
    Http.Answer page = http.get(authorizeUrl(REDIRECT, "&login_hint=adele%40contoso.test"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("name=\"passwd\"")
        .contains("Sign in")
        .contains("adele@contoso.test");
    Http.Answer consent =
        http.form(
            "/contoso/oauth2/v2.0/authorize",
            Map.of(
                "flow",
                flow(page.text()),
                "step",
                "signin",
                "login",
                "adele@contoso.test",
                "passwd",
                Seed.DEMO_PASSWORD));
    assertThat(consent.text())
        .contains("Calendars.ReadWrite")
        .contains("Accept")
        .contains("Cancel");
    Http.Answer back =
        http.form(
            "/contoso/oauth2/v2.0/authorize",
            Map.of("flow", flow(consent.text()), "step", "consent", "decision", decision));
    assertThat(back.status()).isEqualTo(302);
    assertThat(back.header("Location")).startsWith(REDIRECT + "?");
    return query(back.header("Location"));
  }

  Http.Answer redeem(String code, String verifier, String secret) {
    return http.form(
        "/contoso/oauth2/v2.0/token",
        Map.of(
            "grant_type",
            "authorization_code",
            "client_id",
            Seed.DEMO_CLIENT_ID,
            "client_secret",
            secret,
            "code",
            code,
            "redirect_uri",
            REDIRECT,
            "code_verifier",
            verifier));
  }

  Http.Answer refresh(String token) {
    return http.form(
        "/contoso/oauth2/v2.0/token",
        Map.of(
            "grant_type",
            "refresh_token",
            "client_id",
            Seed.DEMO_CLIENT_ID,
            "client_secret",
            Seed.DEMO_CLIENT_SECRET,
            "refresh_token",
            token));
  }

  static void assertError(Http.Answer r, String error, int code) {
    assertThat(r.json().path("error").asString()).as(r.text()).isEqualTo(error);
    assertThat(r.json().path("error_description").asString()).startsWith("AADSTS" + code + ":");
    assertThat(r.json().path("error_codes").get(0).asInt()).isEqualTo(code);
    assertThat(
            r.json().has("timestamp") && r.json().has("trace_id") && r.json().has("correlation_id"))
        .isTrue();
  }

  @Test
  void authorizationCodeWithPkceGivesTokensThatCallGraph() throws Exception {
    Map<String, String> q = signInAndConsent("accept");
    assertThat(q.get("state")).isEqualTo("xyz");
    Http.Answer tokens = redeem(q.get("code"), VERIFIER, Seed.DEMO_CLIENT_SECRET);
    assertThat(tokens.status()).isEqualTo(200);
    assertThat(tokens.json().path("token_type").asString()).isEqualTo("Bearer");
    assertThat(tokens.json().path("scope").asString()).contains("Calendars.ReadWrite");
    assertThat(tokens.json().path("refresh_token").asString()).isNotBlank();
    assertThat(tokens.json().path("id_token").asString()).contains(".");
    Http.Answer me =
        new Http(emulator.baseUrl())
            .token(tokens.json().path("access_token").asString())
            .get("/v1.0/me");
    assertThat(me.json().path("userPrincipalName").asString()).isEqualTo("adele@contoso.test");
  }

  @Test
  void codesAreSingleUse() throws Exception {
    String code = signInAndConsent("accept").get("code");
    assertThat(redeem(code, VERIFIER, Seed.DEMO_CLIENT_SECRET).status()).isEqualTo(200);
    Http.Answer again = redeem(code, VERIFIER, Seed.DEMO_CLIENT_SECRET);
    assertThat(again.status()).isEqualTo(400);
    assertError(again, "invalid_grant", 54005);
  }

  @Test
  void codesExpireAfterTenMinutes() throws Exception {
    String code = signInAndConsent("accept").get("code");
    emulator.control().advanceClock(Duration.ofMinutes(11));
    assertError(redeem(code, VERIFIER, Seed.DEMO_CLIENT_SECRET), "invalid_grant", 70008);
  }

  @Test
  void wrongVerifierIsRefused() throws Exception {
    String code = signInAndConsent("accept").get("code");
    assertError(redeem(code, VERIFIER + "x", Seed.DEMO_CLIENT_SECRET), "invalid_grant", 501481);
  }

  @Test
  void wrongClientSecretIsInvalidClient() throws Exception {
    String code = signInAndConsent("accept").get("code");
    Http.Answer r = redeem(code, VERIFIER, "wrong");
    assertThat(r.status()).isEqualTo(401);
    assertError(r, "invalid_client", 7000215);
  }

  @Test
  void unregisteredRedirectUriShowsAnErrorPageInsteadOfRedirecting() throws Exception {
    Http.Answer r = http.get(authorizeUrl("http://evil.test/cb", ""));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Location")).isNull();
    assertThat(r.text()).contains("AADSTS50011");
  }

  @Test
  void wrongPasswordShowsTheSignInPageAgain() throws Exception {
    Http.Answer page = http.get(authorizeUrl(REDIRECT, ""));
    Http.Answer again =
        http.form(
            "/contoso/oauth2/v2.0/authorize",
            Map.of(
                "flow",
                flow(page.text()),
                "step",
                "signin",
                "login",
                "adele@contoso.test",
                "passwd",
                "nope"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text()).contains("incorrect").contains("name=\"passwd\"");
  }

  @Test
  void cancelOnTheConsentPageReturnsAccessDenied() throws Exception {
    Map<String, String> q = signInAndConsent("cancel");
    assertThat(q.get("error")).isEqualTo("access_denied");
    assertThat(q.get("state")).isEqualTo("xyz");
  }

  @Test
  void wrongResponseTypeRedirectsWithAnError() throws Exception {
    Http.Answer r =
        http.get(authorizeUrl(REDIRECT, "").replace("response_type=code", "response_type=token"));
    assertThat(r.status()).isEqualTo(302);
    assertThat(query(r.header("Location")).get("error")).isEqualTo("unsupported_response_type");
  }

  @Test
  void promptNoneWithoutSessionGivesLoginRequired() throws Exception {
    Http.Answer r = http.get(authorizeUrl(REDIRECT, "&prompt=none"));
    assertThat(query(r.header("Location")).get("error")).isEqualTo("login_required");
  }

  @Test
  void refreshRotatesTheRefreshToken() throws Exception {
    String code = signInAndConsent("accept").get("code");
    String first =
        redeem(code, VERIFIER, Seed.DEMO_CLIENT_SECRET).json().path("refresh_token").asString();
    Http.Answer r = refresh(first);
    assertThat(r.status()).isEqualTo(200);
    String second = r.json().path("refresh_token").asString();
    assertThat(second).isNotBlank().isNotEqualTo(first);
    assertThat(refresh(second).status()).isEqualTo(200);
  }

  @Test
  void unknownRefreshTokenIsInvalidGrant70000() {
    assertError(refresh("garbage"), "invalid_grant", 70000);
  }

  @Test
  void revokedRefreshTokensGetInvalidGrant700082() throws Exception {
    String code = signInAndConsent("accept").get("code");
    String rt =
        redeem(code, VERIFIER, Seed.DEMO_CLIENT_SECRET).json().path("refresh_token").asString();
    assertThat(
            http.post(
                    "/_emulator/tenants/contoso/users/adele@contoso.test/revoke-refresh-tokens",
                    "{}")
                .status())
        .isEqualTo(200);
    assertError(refresh(rt), "invalid_grant", 700082);
  }

  @Test
  void expiredRefreshTokenGetsInvalidGrant700082() throws Exception {
    String code = signInAndConsent("accept").get("code");
    String rt =
        redeem(code, VERIFIER, Seed.DEMO_CLIENT_SECRET).json().path("refresh_token").asString();
    emulator.control().advanceClock(Duration.ofDays(91));
    assertError(refresh(rt), "invalid_grant", 700082);
  }

  @Test
  void removedConsentGetsAadsts65001() throws Exception {
    String code = signInAndConsent("accept").get("code");
    String rt =
        redeem(code, VERIFIER, Seed.DEMO_CLIENT_SECRET).json().path("refresh_token").asString();
    http.post("/_emulator/tenants/contoso/users/adele@contoso.test/revoke-consent", "{}");
    Http.Answer r = refresh(rt);
    assertError(r, "invalid_grant", 65001);
    assertThat(r.json().path("suberror").asString()).isEqualTo("consent_required");
  }

  @Test
  void clientCredentialsGivesAnApplicationTokenWithRegisteredRoles() {
    Http.Answer r =
        http.form(
            "/contoso/oauth2/v2.0/token",
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                Seed.DEMO_CLIENT_ID,
                "client_secret",
                Seed.DEMO_CLIENT_SECRET,
                "scope",
                "https://graph.microsoft.com/.default"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().has("refresh_token")).isFalse();
    Http h = new Http(emulator.baseUrl()).token(r.json().path("access_token").asString());
    assertThat(h.get("/v1.0/users/alex@contoso.test/events").status()).isEqualTo(200);
  }

  @Test
  void clientCredentialsNeedsTheDefaultScope() {
    Http.Answer r =
        http.form(
            "/contoso/oauth2/v2.0/token",
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                Seed.DEMO_CLIENT_ID,
                "client_secret",
                Seed.DEMO_CLIENT_SECRET,
                "scope",
                "User.Read"));
    assertThat(r.json().path("error").asString()).isEqualTo("invalid_scope");
  }

  @Test
  void scopesOfTwoResourcesAreInvalidScope() throws Exception {
    Http.Answer r =
        http.get(
            authorizeUrl(REDIRECT, "")
                .replace(
                    enc(SCOPES),
                    enc("Calendars.Read https://outlook.office.com/IMAP.AccessAsUser.All")));
    assertThat(query(r.header("Location")).get("error")).isEqualTo("invalid_scope");
  }
}
