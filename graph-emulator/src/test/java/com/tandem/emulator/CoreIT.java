package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GraphEmulatorExtension.class)
class CoreIT {
  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http = new Http(emulator.baseUrl());
  }

  private String adeleToken(String... scopes) {
    return emulator
        .control()
        .delegatedToken("contoso", "adele@contoso.test", Seed.DEMO_CLIENT_ID, scopes);
  }

  @Test
  void baseUrlIsLoopback() {
    assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:");
  }

  @Test
  void missingTokenGets401InvalidAuthenticationTokenInGraphsErrorShape() {
    Http.Answer r = http.get("/v1.0/me", "client-request-id", "abc");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("InvalidAuthenticationToken");
    assertThat(r.header("request-id")).isNotBlank();
    assertThat(r.json().at("/error/innerError/request-id").asString())
        .isEqualTo(r.header("request-id"));
    assertThat(r.json().at("/error/innerError/client-request-id").asString()).isEqualTo("abc");
    assertThat(r.json().at("/error/innerError/date").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
  }

  @Test
  void unknownTokenGets401() {
    assertThat(http.token("nonsense").get("/v1.0/me").code())
        .isEqualTo("InvalidAuthenticationToken");
  }

  @Test
  void expiredTokenGets401() {
    http.token(adeleToken("User.Read"));
    assertThat(http.get("/v1.0/me").status()).isEqualTo(200);
    emulator.control().advanceClock(Duration.ofHours(2));
    Http.Answer r = http.get("/v1.0/me");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().at("/error/message").asString()).contains("expired");
  }

  @Test
  void meAndUsersByIdOrPercentEncodedUpnReturnTheUser() {
    http.token(adeleToken("User.Read"));
    Http.Answer me = http.get("/v1.0/me");
    assertThat(me.json().path("userPrincipalName").asString()).isEqualTo("adele@contoso.test");
    String id = me.json().path("id").asString();
    assertThat(http.get("/v1.0/users/" + id).json().path("displayName").asString())
        .isEqualTo("Adele Vance");
    assertThat(http.get("/v1.0/users/adele%40contoso.test").json().path("id").asString())
        .isEqualTo(id);
  }

  @Test
  void applicationTokenCannotUseMe() {
    http.token(emulator.control().applicationToken("contoso", Seed.DEMO_CLIENT_ID));
    assertThat(http.get("/v1.0/me").status()).isEqualTo(400);
    assertThat(http.get("/v1.0/users/alex@contoso.test").status()).isEqualTo(200);
  }

  @Test
  void unknownUserAndUnknownIdGet404() {
    http.token(emulator.control().applicationToken("contoso", Seed.DEMO_CLIENT_ID));
    assertThat(http.get("/v1.0/users/nobody@contoso.test").status()).isEqualTo(404);
    Http.Answer r = http.get("/v1.0/users/alex@contoso.test/events/AAMkAGnope");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo("ErrorItemNotFound");
  }

  @Test
  void controlApiAddsTenantsUsersAndApplications() {
    Http.Answer t = http.post("/_emulator/tenants", "{\"id\":\"fabrikam\"}");
    assertThat(t.status()).isEqualTo(201);
    Http.Answer u =
        http.post(
            "/_emulator/tenants/fabrikam/users",
            "{\"userPrincipalName\":\"bob@fabrikam.test\",\"displayName\":\"Bob\",\"password\":\"x\"}");
    assertThat(u.status()).isEqualTo(201);
    assertThat(
            http.post(
                    "/_emulator/tenants/fabrikam/applications",
                    "{\"clientId\":\"app\",\"clientSecret\":\"s\",\"redirectUris\":[],\"applicationPermissions\":[\"User.Read.All\"]}")
                .status())
        .isEqualTo(201);
    http.token(emulator.control().applicationToken("fabrikam", "app"));
    assertThat(http.get("/v1.0/users/bob@fabrikam.test").json().path("displayName").asString())
        .isEqualTo("Bob");
    assertThat(new Http(emulator.baseUrl()).post("/_emulator/tenants/nope/users", "{}").status())
        .isEqualTo(400);
  }

  @Test
  void seedParsesTheDocumentedFormatAndRejectsBadInput() {
    Seed seed =
        Seed.parse(
            "{\"tenants\":[{\"id\":\"contoso\",\"users\":[{\"userPrincipalName\":\"a@c.test\","
                + "\"displayName\":\"A\",\"password\":\"p\"}],\"applications\":[{\"clientId\":\"c\",\"clientSecret\":\"s\","
                + "\"redirectUris\":[\"http://x/cb\"],\"applicationPermissions\":[\"Calendars.ReadWrite\"]}]}]}");
    assertThat(seed.tenants().get(0).users().get(0).userPrincipalName()).isEqualTo("a@c.test");
    assertThat(Seed.parse(seed.toJson())).isEqualTo(seed);
    assertThatThrownBy(
            () ->
                Seed.parse(
                    "{\"tenants\":[{\"id\":\"x\",\"users\":[{\"userPrincipalName\":\"nope\"}]}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userPrincipalName");
  }

  @Test
  void requestCountsArePerMailboxMethodAndStatus() {
    http.token(adeleToken("User.Read"));
    http.get("/v1.0/me");
    http.get("/v1.0/me");
    Http.Answer counts = http.get("/_emulator/requests?mailbox=adele@contoso.test");
    assertThat(counts.json().at("/counts/GET 200").asLong()).isEqualTo(2);
  }
}
