package com.tandem.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.testing.TestDirectory;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DirectoryServerTest
class UserApiIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  TestDirectory directory;
  ApiClient admin;
  long org;

  @BeforeEach
  void setUp() {
    directory = new TestDirectory(jdbc);
    admin = ApiClient.basic(port, "admin", DirectoryServerTest.ADMIN_PASSWORD);
    org = directory.organization("Users");
  }

  @Test
  void aSystemAdministratorCreatesAUserWhoCanThenSignIn() {
    String username = unique("dana");
    ApiClient.Answer created = admin.post("/api/v1/users", user(username, org, "USER"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.id();
    assertThat(created.header("Location")).endsWith("/api/v1/users/" + id);
    assertThat(created.header("ETag")).isNotBlank();
    assertThat(created.json().get("username").asString()).isEqualTo(username);
    assertThat(created.json().get("organizationId").asLong()).isEqualTo(org);
    assertThat(created.json().get("roles").toString()).isEqualTo("[\"USER\"]");
    assertThat(created.body()).doesNotContain("password").doesNotContain("dana-password-1");

    ApiClient dana = ApiClient.basic(port, username, "dana-password-1");
    assertThat(dana.get("/api/v1/users/" + id).status()).isEqualTo(200);
    assertThat(dana.get("/api/v1/users").json()).hasSize(1);
  }

  @Test
  void aUserIsReplacedWithIfMatchAndAStaleETagGets412() {
    long id = admin.post("/api/v1/users", user(unique("eve"), org, "USER")).id();
    ApiClient.Answer read = admin.get("/api/v1/users/" + id);
    String etag = read.header("ETag");
    String changed =
        "{\"username\":\""
            + read.json().get("username").asString()
            + "\",\"email\":\"eve.new@example.com\",\"displayName\":\"Eve New\","
            + "\"organizationId\":"
            + org
            + ",\"roles\":[\"USER\",\"ORG_ADMIN\"]}";
    ApiClient.Answer updated = admin.put("/api/v1/users/" + id, changed, etag);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().get("email").asString()).isEqualTo("eve.new@example.com");
    assertThat(updated.json().get("roles").toString()).isEqualTo("[\"ORG_ADMIN\",\"USER\"]");

    String stale = changed.replace("Eve New", "Eve Stale");
    assertThat(admin.put("/api/v1/users/" + id, stale, etag).status()).isEqualTo(412);
    assertThat(admin.delete("/api/v1/users/" + id, etag).status()).isEqualTo(412);
    assertThat(admin.get("/api/v1/users/" + id).json().get("displayName").asString())
        .isEqualTo("Eve New");

    assertThat(admin.delete("/api/v1/users/" + id, updated.header("ETag")).status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/users/" + id).status()).isEqualTo(404);
  }

  @Test
  void eachBadFieldIsNamedInTheProblemAndNothingIsCreated() {
    long before = users();
    assertRejected(
        "{\"username\":\"\",\"email\":\"a@b.c\",\"displayName\":\"A\",\"organizationId\":"
            + org
            + ",\"roles\":[\"USER\"],\"password\":\"long-enough\"}",
        "username");
    assertRejected(user("x".repeat(101), org, "USER"), "username");
    assertRejected(user(unique("bad")).replace("@example.com", "-at-example.com"), "email");
    assertRejected(user(unique("bad"), org, "USER").replace("\"Dana\"", "\"   \""), "displayName");
    assertRejected(user(unique("bad"), org, "KING"), "roles");
    assertRejected(user(unique("bad"), org), "roles");
    assertRejected(
        user(unique("bad"), org, "USER").replace("dana-password-1", "short"), "password");
    assertRejected(
        user(unique("bad"), org, "USER")
            .replace("\"organizationId\":" + org, "\"organizationId\":\"abc\""),
        "organizationId");
    assertRejected(user(unique("bad"), org, "USER").replace("[\"USER\"]", "\"USER\""), "roles");
    assertThat(users()).isEqualTo(before);
  }

  @Test
  void aDuplicateUsernameIsAConflictOnTheUsernameField() {
    String username = directory.username(directory.user("taken", "taken-password", org, "USER"));
    ApiClient.Answer answer = admin.post("/api/v1/users", user(username, org, "USER"));
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.errorFields()).containsExactly("username");
  }

  @Test
  void aTenMegabyteBodyIsRefusedWithAProblemAndChangesNothing() {
    long before = users();
    String huge =
        user(unique("huge"), org, "USER")
            .replace("\"Dana\"", "\"" + "d".repeat(10 * 1024 * 1024) + "\"");
    ApiClient.Answer answer = admin.post("/api/v1/users", huge);
    assertThat(answer.status()).isIn(400, 413);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(users()).isEqualTo(before);
  }

  @Test
  void anOrganizationAdministratorManagesOnlyTheirOrganization() {
    long other = directory.organization("Elsewhere");
    long outsider = directory.user("outsider", "outsider-password", other, "USER");
    long boss = directory.user("boss", "boss-password", org, "ORG_ADMIN");
    long member = directory.user("member", "member-password", org, "USER");
    ApiClient api = ApiClient.basic(port, directory.username(boss), "boss-password");

    assertThat(api.get("/api/v1/users").json())
        .extracting(n -> n.get("organizationId").asLong())
        .containsOnly(org);
    assertThat(api.get("/api/v1/users/" + outsider).status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/users/" + outsider, null).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/users/" + member).status()).isEqualTo(200);

    assertThat(api.post("/api/v1/users", user(unique("placed"), other, "USER")).status())
        .isEqualTo(404);
    assertThat(api.post("/api/v1/users", user(unique("crowned"), org, "SYSTEM_ADMIN")).status())
        .isEqualTo(403);
    String moved = user(directory.username(member), other, "USER");
    assertThat(api.put("/api/v1/users/" + member, moved, null).status()).isEqualTo(404);
    assertThat(orgOf(member)).isEqualTo(org);

    assertThat(api.post("/api/v1/users", user(unique("hired"), org, "USER")).status())
        .isEqualTo(201);
  }

  @Test
  void aPlainUserSeesOnlyThemselvesAndCannotChangeTheirRolesOrOrganization() {
    long other = directory.organization("Far");
    long colleague = directory.user("colleague", "colleague-password", org, "USER");
    long me = directory.user("me", "me-password-1", org, "USER");
    String username = directory.username(me);
    ApiClient api = ApiClient.basic(port, username, "me-password-1");

    assertThat(api.get("/api/v1/users").json())
        .extracting(n -> n.get("id").asLong())
        .containsExactly(me);
    assertThat(api.get("/api/v1/users/" + colleague).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/users", user(unique("friend"), org, "USER")).status())
        .isEqualTo(403);
    assertThat(api.put("/api/v1/users/" + me, user(username, org, "ORG_ADMIN"), null).status())
        .isEqualTo(403);
    assertThat(api.put("/api/v1/users/" + me, user(username, other, "USER"), null).status())
        .isEqualTo(404);
    assertThat(api.delete("/api/v1/users/" + me, null).status()).isEqualTo(403);

    String ownChange = user(username, org, "USER").replace("\"Dana\"", "\"Me Myself\"");
    ApiClient.Answer changed = api.put("/api/v1/users/" + me, ownChange, null);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().get("displayName").asString()).isEqualTo("Me Myself");
    assertThat(changed.json().get("roles").toString()).isEqualTo("[\"USER\"]");
  }

  @Test
  void theLastSystemAdministratorCanBeNeitherDeletedNorDemotedNorDisabled() {
    jdbc.sql(
            "UPDATE users SET enabled = FALSE WHERE username <> 'admin' AND id IN"
                + " (SELECT user_id FROM user_roles WHERE role = 'SYSTEM_ADMIN')")
        .update();
    long adminId =
        jdbc.sql("SELECT id FROM users WHERE username = 'admin'").query(Long.class).single();
    ApiClient.Answer me = admin.get("/api/v1/users/" + adminId);
    String demoted =
        "{\"username\":\"admin\",\"email\":\"admin@tandem.local\",\"displayName\":\"System Administrator\","
            + "\"organizationId\":"
            + me.json().get("organizationId").asLong()
            + ",\"roles\":[\"ORG_ADMIN\"]}";
    assertThat(admin.put("/api/v1/users/" + adminId, demoted, null).status()).isEqualTo(409);
    String disabled = demoted.replace("[\"ORG_ADMIN\"]", "[\"SYSTEM_ADMIN\"],\"enabled\":false");
    assertThat(admin.put("/api/v1/users/" + adminId, disabled, null).status()).isEqualTo(409);
    assertThat(admin.delete("/api/v1/users/" + adminId, null).status()).isEqualTo(409);
    assertThat(admin.get("/api/v1/users/" + adminId).json().get("roles").toString())
        .isEqualTo("[\"SYSTEM_ADMIN\"]");
  }

  private void assertRejected(String body, String field) {
    ApiClient.Answer answer = admin.post("/api/v1/users", body);
    assertThat(answer.status()).as(body.length() > 300 ? field : body).isEqualTo(400);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.errorFields()).as(answer.toString()).contains(field);
  }

  private static String user(String username, long organizationId, String... roles) {
    StringBuilder r = new StringBuilder();
    for (String role : roles) {
      r.append(r.isEmpty() ? "" : ",").append('"').append(role).append('"');
    }
    return "{\"username\":\""
        + username
        + "\",\"email\":\""
        + username
        + "@example.com\",\"displayName\":\"Dana\",\"organizationId\":"
        + organizationId
        + ",\"roles\":["
        + r
        + "],\"password\":\"dana-password-1\"}";
  }

  private String user(String username) {
    return user(username, org, "USER");
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  private long users() {
    return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
  }

  private long orgOf(long userId) {
    return jdbc.sql("SELECT organization_id FROM users WHERE id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }
}
