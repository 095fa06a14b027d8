package com.tandem.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.testing.TestDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DirectoryServerTest
class AccessTokenIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aTokenSignsItsOwnerInUntilItIsRevoked() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Tokens");
    long userId = directory.user("scripter", "scripter-password", org, "USER");
    ApiClient basic = ApiClient.basic(port, directory.username(userId), "scripter-password");

    ApiClient.Answer created =
        basic.post("/api/v1/users/" + userId + "/tokens", "{\"name\":\"nightly export\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String secret = created.json().get("token").asString();
    assertThat(secret).startsWith("tdm_");
    String stored =
        jdbc.sql("SELECT token_hash FROM personal_access_tokens WHERE user_id = ?")
            .param(userId)
            .query(String.class)
            .single();
    assertThat(stored).isNotEqualTo(secret).hasSize(64);

    ApiClient bearer = ApiClient.bearer(port, secret);
    ApiClient.Answer me = bearer.get("/api/v1/users/" + userId);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo(directory.username(userId));

    ApiClient.Answer listed = basic.get("/api/v1/users/" + userId + "/tokens");
    assertThat(listed.json().get(0).get("name").asString()).isEqualTo("nightly export");
    assertThat(listed.json().get(0).get("lastUsedAt").isNull()).isFalse();
    assertThat(listed.body()).doesNotContain(secret);

    long tokenId = created.id();
    assertThat(basic.delete("/api/v1/users/" + userId + "/tokens/" + tokenId, null).status())
        .isEqualTo(204);
    ApiClient.Answer revoked = bearer.get("/api/v1/users/" + userId);
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void anUnknownTokenIs401AndATokenActsWithItsOwnersRolesOnly() {
    assertThat(ApiClient.bearer(port, "tdm_nonsense").get("/api/v1/organizations").status())
        .isEqualTo(401);

    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("TokenRoles");
    long other = directory.organization("TokenOther");
    long userId = directory.user("limited", "limited-password", org, "USER");
    ApiClient basic = ApiClient.basic(port, directory.username(userId), "limited-password");
    String secret =
        basic
            .post("/api/v1/users/" + userId + "/tokens", "{\"name\":\"ci\"}")
            .json()
            .get("token")
            .asString();
    ApiClient bearer = ApiClient.bearer(port, secret);
    assertThat(bearer.get("/api/v1/organizations/" + other).status()).isEqualTo(404);
    assertThat(bearer.post("/api/v1/organizations", "{\"name\":\"By Token\"}").status())
        .isEqualTo(403);
  }

  @Test
  void nobodyCreatesATokenForSomeoneElseAndABlankNameIsRefused() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("TokenAdmin");
    long userId = directory.user("victim", "victim-password", org, "USER");
    ApiClient admin = ApiClient.basic(port, "admin", DirectoryServerTest.ADMIN_PASSWORD);
    assertThat(admin.post("/api/v1/users/" + userId + "/tokens", "{\"name\":\"x\"}").status())
        .isEqualTo(403);

    ApiClient own = ApiClient.basic(port, directory.username(userId), "victim-password");
    ApiClient.Answer blank = own.post("/api/v1/users/" + userId + "/tokens", "{\"name\":\" \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.errorFields()).containsExactly("name");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM personal_access_tokens WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .single())
        .isZero();
  }
}
