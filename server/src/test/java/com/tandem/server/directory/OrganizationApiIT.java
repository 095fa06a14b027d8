package com.tandem.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.testing.TestDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DirectoryServerTest
class OrganizationApiIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  TestDirectory directory;
  ApiClient admin;

  @BeforeEach
  void setUp() {
    directory = new TestDirectory(jdbc);
    admin = ApiClient.basic(port, "admin", DirectoryServerTest.ADMIN_PASSWORD);
  }

  @Test
  void aSystemAdministratorCreatesReadsRenamesAndDeletesAnOrganization() {
    ApiClient.Answer created = admin.post("/api/v1/organizations", "{\"name\":\"Globex Api\"}");
    assertThat(created.status()).isEqualTo(201);
    long id = created.id();
    assertThat(created.header("Location")).endsWith("/api/v1/organizations/" + id);
    assertThat(created.json().get("name").asString()).isEqualTo("Globex Api");

    ApiClient.Answer read = admin.get("/api/v1/organizations/" + id);
    assertThat(read.status()).isEqualTo(200);
    String etag = read.header("ETag");
    assertThat(etag).isNotBlank();

    ApiClient.Answer renamed =
        admin.put("/api/v1/organizations/" + id, "{\"name\":\"Globex Renamed\"}", etag);
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("name").asString()).isEqualTo("Globex Renamed");
    assertThat(renamed.header("ETag")).isNotEqualTo(etag);

    assertThat(admin.get("/api/v1/organizations").body()).contains("Globex Renamed");

    assertThat(admin.delete("/api/v1/organizations/" + id, renamed.header("ETag")).status())
        .isEqualTo(204);
    assertThat(admin.get("/api/v1/organizations/" + id).status()).isEqualTo(404);
  }

  @Test
  void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
    long id = admin.post("/api/v1/organizations", "{\"name\":\"Stale Co\"}").id();
    String etag = admin.get("/api/v1/organizations/" + id).header("ETag");
    assertThat(admin.put("/api/v1/organizations/" + id, "{\"name\":\"Fresh Co\"}", etag).status())
        .isEqualTo(200);

    ApiClient.Answer stale =
        admin.put("/api/v1/organizations/" + id, "{\"name\":\"Lost Update Co\"}", etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    assertThat(admin.delete("/api/v1/organizations/" + id, etag).status()).isEqualTo(412);
    assertThat(admin.get("/api/v1/organizations/" + id).json().get("name").asString())
        .isEqualTo("Fresh Co");
  }

  @Test
  void badNamesAreRefusedNamingTheFieldAndNothingIsCreated() {
    long before = count();
    for (String body :
        new String[] {
          "{\"name\":\"   \"}", "{}", "{\"name\":\"" + "x".repeat(201) + "\"}", "{\"name\":[\"a\"]}"
        }) {
      ApiClient.Answer answer = admin.post("/api/v1/organizations", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.errorFields()).as(body).containsExactly("name");
    }
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsAProblemNotAFailure() {
    ApiClient.Answer answer = admin.post("/api/v1/organizations", "{\"name\": ");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().get("status").asInt()).isEqualTo(400);
  }

  @Test
  void aDuplicateNameIsAConflictOnTheNameField() {
    String name = directory.organizationName(directory.organization("Dup"));
    ApiClient.Answer answer = admin.post("/api/v1/organizations", "{\"name\":\"" + name + "\"}");
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.errorFields()).containsExactly("name");
  }

  @Test
  void anOrganizationWithUsersCannotBeDeleted() {
    long org = directory.organization("Busy");
    directory.user("worker", "worker-password", org, "USER");
    ApiClient.Answer answer = admin.delete("/api/v1/organizations/" + org, null);
    assertThat(answer.status()).isEqualTo(409);
    assertThat(admin.get("/api/v1/organizations/" + org).status()).isEqualTo(200);
  }

  @Test
  void anOrganizationAdministratorSeesOnlyTheirOwnOrganization() {
    long own = directory.organization("Own");
    long other = directory.organization("Other");
    long orgAdmin = directory.user("boss", "boss-password", own, "ORG_ADMIN");
    ApiClient boss = ApiClient.basic(port, directory.username(orgAdmin), "boss-password");

    assertThat(boss.get("/api/v1/organizations").json())
        .extracting(n -> n.get("id").asLong())
        .containsExactly(own);
    assertThat(boss.get("/api/v1/organizations/" + other).status()).isEqualTo(404);
    assertThat(boss.put("/api/v1/organizations/" + other, "{\"name\":\"Mine now\"}", null).status())
        .isEqualTo(404);
    assertThat(boss.delete("/api/v1/organizations/" + other, null).status()).isEqualTo(404);
    assertThat(boss.post("/api/v1/organizations", "{\"name\":\"New Org By Boss\"}").status())
        .isEqualTo(403);
    assertThat(boss.delete("/api/v1/organizations/" + own, null).status()).isEqualTo(403);
    String renamed = "Own Renamed " + own;
    assertThat(
            boss.put("/api/v1/organizations/" + own, "{\"name\":\"" + renamed + "\"}", null)
                .status())
        .isEqualTo(200);
    assertThat(directory.organizationName(other)).doesNotContain("Mine now");
  }

  @Test
  void aPlainUserMayReadTheirOrganizationButNotChangeIt() {
    long own = directory.organization("Plain");
    long userId = directory.user("plain", "plain-password", own, "USER");
    ApiClient plain = ApiClient.basic(port, directory.username(userId), "plain-password");
    assertThat(plain.get("/api/v1/organizations/" + own).status()).isEqualTo(200);
    assertThat(plain.put("/api/v1/organizations/" + own, "{\"name\":\"Hijacked\"}", null).status())
        .isEqualTo(403);
    assertThat(plain.post("/api/v1/organizations", "{\"name\":\"Plain New\"}").status())
        .isEqualTo(403);
  }

  @Test
  void withoutCredentialsTheApiAnswers401() {
    ApiClient.Answer answer = ApiClient.anonymous(port).get("/api/v1/organizations");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM organizations").query(Long.class).single();
  }
}
