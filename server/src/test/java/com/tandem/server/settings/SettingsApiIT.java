package com.tandem.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.testing.TestDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:settingsapi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.data-dir=target/it-data/settings-api",
      "tandem.admin-password=first-admin-secret"
    })
class SettingsApiIT {

  static final String PASSWORD = "a-long-password";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TestConfiguration
  static class Events {
    final List<SettingsChanged> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SettingsChanged event) {
      received.add(event);
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Settings settings;
  @Autowired Events events;
  @Autowired UpdateSettings updateSettings;

  final HttpClient http = HttpClient.newHttpClient();
  TestDirectory directory;
  // People are created once for the class: hashing their passwords is the slow part.
  static long orgA;
  static long orgB;
  static String systemAdmin;
  static String adminA;
  static String userA;
  static long userAId;
  static long otherUserAId;
  static long userBId;

  @BeforeEach
  void cleanSettingsAndPeopleOnce() {
    jdbc.sql("DELETE FROM setting_overrides").update();
    jdbc.sql("DELETE FROM settings_audit").update();
    events.received.clear();
    directory = new TestDirectory(jdbc);
    if (systemAdmin != null) {
      return;
    }
    orgA = directory.organization("Alpha");
    orgB = directory.organization("Beta");
    systemAdmin = name(directory.user("root", PASSWORD, orgA, "SYSTEM_ADMIN"));
    adminA = name(directory.user("alice", PASSWORD, orgA, "ORG_ADMIN"));
    userAId = directory.user("andy", PASSWORD, orgA, "USER");
    userA = name(userAId);
    otherUserAId = directory.user("amy", PASSWORD, orgA, "USER");
    userBId = directory.user("bob", PASSWORD, orgB, "USER");
  }

  @Test
  void theSystemScopeListsEveryKeyWithItsDefault() throws Exception {
    Reply reply = call(systemAdmin, "GET", "/api/v1/settings/system", null);

    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.json.properties()).hasSize(24);
    assertThat(reply.json.at("/email.folders/value/1").stringValue()).isEqualTo("sentitems");
    assertThat(reply.json.at("/email.track/value").stringValue()).isEqualTo("ALL");
    assertThat(reply.json.at("/sync.interval_minutes/value").intValue()).isEqualTo(5);
    assertThat(reply.json.at("/sync.interval_minutes/source").stringValue()).isEqualTo("DEFAULT");
    assertThat(reply.json.at("/calendar.direction/value").stringValue()).isEqualTo("BIDIRECTIONAL");
    assertThat(reply.json.at("/azure.client_secret/value").isNull()).isTrue();
  }

  @Test
  void anOrganizationOverrideReachesItsUsersUntilAUserOverridesIt() throws Exception {
    assertThat(patch(systemAdmin, "/api/v1/settings/system", "{\"sync.interval_minutes\": 10}"))
        .isEqualTo(200);
    assertThat(patch(adminA, orgPath(orgA), "{\"sync.interval_minutes\": 15}")).isEqualTo(200);
    assertValue(userA, userPath(userAId), "sync.interval_minutes", "15", "ORGANIZATION");

    assertThat(patch(userA, userPath(userAId), "{\"sync.interval_minutes\": 30}")).isEqualTo(200);
    assertValue(userA, userPath(userAId), "sync.interval_minutes", "30", "USER");
    assertValue(adminA, userPath(otherUserAId), "sync.interval_minutes", "15", "ORGANIZATION");

    assertThat(call(userA, "DELETE", userPath(userAId) + "/sync.interval_minutes", null).status)
        .isEqualTo(200);
    assertValue(userA, userPath(userAId), "sync.interval_minutes", "15", "ORGANIZATION");
    assertThat(call(adminA, "DELETE", orgPath(orgA) + "/sync.interval_minutes", null).status)
        .isEqualTo(200);
    assertValue(userA, userPath(userAId), "sync.interval_minutes", "10", "SYSTEM");
    assertValue(systemAdmin, userPath(userBId), "sync.interval_minutes", "10", "SYSTEM");
  }

  @Test
  void emailFoldersAreChosenPerScopeAndReadBackAsAnArray() throws Exception {
    assertThat(patch(adminA, orgPath(orgA), "{\"email.folders\": [\"Inbox\", \"Archive\"]}"))
        .isEqualTo(200);
    Reply forUser = call(userA, "GET", userPath(userAId), null);
    assertThat(forUser.json.at("/email.folders/source").stringValue()).isEqualTo("ORGANIZATION");
    assertThat(forUser.json.at("/email.folders/value").toString())
        .isEqualTo("[\"inbox\",\"archive\"]");

    assertThat(
            patch(
                userA,
                userPath(userAId),
                "{\"email.folders\": [\"sentitems\", \"AAMkAGI2TG93AAA-folder=\"],"
                    + " \"email.track\": \"CONTACTS\", \"email.import_days\": 30}"))
        .isEqualTo(200);
    forUser = call(userA, "GET", userPath(userAId), null);
    assertThat(forUser.json.at("/email.folders/value").toString())
        .isEqualTo("[\"sentitems\",\"AAMkAGI2TG93AAA-folder=\"]");
    assertThat(forUser.json.at("/email.track/value").stringValue()).isEqualTo("CONTACTS");
    assertThat(forUser.json.at("/email.import_days/value").intValue()).isEqualTo(30);
    assertValue(adminA, userPath(otherUserAId), "email.import_days", "365", "DEFAULT");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "interval 0| {\"sync.interval_minutes\": 0, \"calendar.enabled\": false}| sync.interval_minutes",
        "interval 1441| {\"calendar.enabled\": false, \"sync.interval_minutes\": 1441}| sync.interval_minutes",
        "interval abc| {\"sync.interval_minutes\": \"abc\", \"calendar.enabled\": false}| sync.interval_minutes",
        "interval 2.5| {\"sync.interval_minutes\": 2.5, \"calendar.enabled\": false}| sync.interval_minutes",
        "unknown key| {\"calendar.enabled\": false, \"calendar.colour\": \"red\"}| calendar.colour",
        "system-only key| {\"calendar.enabled\": false, \"azure.client_id\": \"abc\"}| azure.client_id",
        "unknown enum| {\"calendar.enabled\": false, \"tasks.direction\": \"SIDEWAYS\"}| tasks.direction",
        "flag as text| {\"calendar.enabled\": \"no\"}| calendar.enabled",
        "malformed JSON| {\"calendar.enabled\": false| body",
        "not an object| [\"calendar.enabled\"]| body",
        "duplicate key| {\"calendar.enabled\": false, \"calendar.enabled\": true}| body",
        "folders as text| {\"calendar.enabled\": false, \"email.folders\": \"inbox\"}| email.folders",
        "no folders| {\"calendar.enabled\": false, \"email.folders\": []}| email.folders",
        "unknown folder| {\"calendar.enabled\": false, \"email.folders\": [\"inbox\", \"my mail\"]}| email.folders",
        "import days 3651| {\"calendar.enabled\": false, \"email.import_days\": 3651}| email.import_days",
        "unknown track| {\"calendar.enabled\": false, \"email.track\": \"SOME\"}| email.track"
      })
  void badInputIsRefusedNamingTheKeyAndChangesNothing(String what, String body, String field)
      throws Exception {
    Reply reply = call(adminA, "PATCH", orgPath(orgA), body);

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.contentType).startsWith("application/problem+json");
    assertThat(reply.json.at("/errors/0/field").stringValue()).isEqualTo(field);
    assertThat(reply.json.at("/errors/0/message").stringValue()).isNotBlank();
    assertValue(adminA, orgPath(orgA), "calendar.enabled", "true", "DEFAULT");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM settings_audit").query(Long.class).single()).isZero();
    assertThat(events.received).isEmpty();
  }

  @Test
  void theIntervalMessageSaysWhatIsAllowed() throws Exception {
    Reply reply = call(adminA, "PATCH", orgPath(orgA), "{\"sync.interval_minutes\": 1441}");

    assertThat(reply.json.at("/errors/0/message").stringValue())
        .isEqualTo("sync.interval_minutes must be a whole number from 1 to 1440");
  }

  @Test
  void aTenMegabyteBodyIsRefusedWithoutReadingIt() throws Exception {
    String huge = "{\"x\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}";

    Reply reply = call(adminA, "PATCH", orgPath(orgA), huge);

    assertThat(reply.status).isEqualTo(413);
    assertThat(reply.contentType).startsWith("application/problem+json");
    assertThat(reply.json.path("errors").path(0).path("field").asText()).isEqualTo("body");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM setting_overrides").query(Long.class).single())
        .isZero();
  }

  @Test
  void anOrganizationAdministratorCannotReachAnotherOrganizationOrTheSystem() throws Exception {
    String body = "{\"sync.interval_minutes\": 20}";
    assertThat(call(adminA, "GET", orgPath(orgB), null).status).isEqualTo(404);
    assertThat(patch(adminA, orgPath(orgB), body)).isEqualTo(404);
    assertThat(call(adminA, "DELETE", orgPath(orgB) + "/sync.interval_minutes", null).status)
        .isEqualTo(404);
    assertThat(patch(adminA, userPath(userBId), body)).isEqualTo(404);
    assertThat(call(adminA, "GET", "/api/v1/settings/system", null).status).isEqualTo(403);
    assertThat(patch(adminA, "/api/v1/settings/system", body)).isEqualTo(403);
    assertThat(patch(adminA, userPath(otherUserAId), body)).isEqualTo(200);
    assertThat(patch(systemAdmin, orgPath(999_999), body)).isEqualTo(404);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM setting_overrides").query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aUserChangesOnlyTheirOwnSettings() throws Exception {
    String body = "{\"tasks.enabled\": false}";
    assertThat(patch(userA, userPath(userAId), body)).isEqualTo(200);
    assertThat(patch(userA, userPath(otherUserAId), body)).isEqualTo(404);
    assertThat(patch(userA, userPath(userBId), body)).isEqualTo(404);
    assertThat(call(userA, "GET", orgPath(orgA), null).status).isEqualTo(403);
    assertThat(patch(userA, orgPath(orgA), body)).isEqualTo(403);
    assertThat(patch(userA, orgPath(orgB), body)).isEqualTo(404);
    assertThat(patch(userA, "/api/v1/settings/system", body)).isEqualTo(403);
    assertThat(call(null, "GET", userPath(userAId), null).status).isEqualTo(401);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM setting_overrides").query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void theClientSecretIsEncryptedAtRestAndNeverReturned() throws Exception {
    String secret = "Very~Secret.Value-123";
    Reply reply =
        call(
            systemAdmin,
            "PATCH",
            "/api/v1/settings/system",
            "{\"azure.client_secret\": \"" + secret + "\"}");

    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.body).doesNotContain(secret);
    assertThat(reply.json.at("/azure.client_secret/value").stringValue()).isEqualTo("********");
    Reply read = call(systemAdmin, "GET", "/api/v1/settings/system", null);
    assertThat(read.body).doesNotContain(secret).contains("********");
    String stored =
        jdbc.sql("SELECT stored_value FROM setting_overrides WHERE setting = 'azure.client_secret'")
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain(secret).startsWith("v1:");
    assertThat(settings.forSystem().value(SettingKeys.AZURE_CLIENT_SECRET)).isEqualTo(secret);
    Reply audit = call(systemAdmin, "GET", "/api/v1/audit?scope=system", null);
    assertThat(audit.body).doesNotContain(secret);
    assertThat(audit.json.at("/0/change").stringValue()).isEqualTo("changed");
    Path keyFile = Path.of("target/it-data/settings-api", SecretBox.KEY_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
  }

  @Test
  void syncSwitchesStayOffUntilTheApplicationIsComplete() throws Exception {
    Reply refused =
        call(
            systemAdmin,
            "PATCH",
            "/api/v1/settings/system",
            "{\"azure.client_id\": \"11111111-2222-3333-4444-555555555555\","
                + " \"integrations.calendar_enabled\": true}");
    assertThat(refused.status).isEqualTo(400);
    assertThat(refused.json.at("/errors/0/field").stringValue())
        .isEqualTo("integrations.calendar_enabled");
    assertValue(systemAdmin, "/api/v1/settings/system", "azure.client_id", null, "DEFAULT");

    assertThat(
            patch(
                systemAdmin,
                "/api/v1/settings/system",
                "{\"azure.client_id\": \"11111111-2222-3333-4444-555555555555\","
                    + " \"azure.client_secret\": \"s\", \"azure.tenant_id\": \"organizations\","
                    + " \"integrations.calendar_enabled\": true}"))
        .isEqualTo(200);
    assertValue(
        systemAdmin, "/api/v1/settings/system", "integrations.calendar_enabled", "true", "SYSTEM");

    Reply clearing = call(systemAdmin, "DELETE", "/api/v1/settings/system/azure.tenant_id", null);
    assertThat(clearing.status).isEqualTo(400);
    assertThat(clearing.json.at("/errors/0/field").stringValue()).isEqualTo("azure.tenant_id");
  }

  @Test
  void everyChangeIsAuditedAndAdministratorsSeeOnlyTheirOrganization() throws Exception {
    patch(adminA, orgPath(orgA), "{\"sync.interval_minutes\": 15}");
    patch(adminA, orgPath(orgA), "{\"sync.interval_minutes\": 20}");
    patch(userA, userPath(userAId), "{\"calendar.direction\": \"CRM_TO_MICROSOFT\"}");
    patch(systemAdmin, "/api/v1/settings/system", "{\"sync.max_delete_percent\": 30}");
    patch(systemAdmin, orgPath(orgB), "{\"tasks.enabled\": false}");

    Reply org = call(adminA, "GET", "/api/v1/audit?scope=organizations/" + orgA, null);
    assertThat(org.status).isEqualTo(200);
    assertThat(org.json.size()).isEqualTo(2);
    JsonNode newest = org.json.get(0);
    assertThat(newest.get("actor").stringValue()).isEqualTo(adminA);
    assertThat(newest.get("scope").stringValue()).isEqualTo("ORGANIZATION");
    assertThat(newest.get("scopeId").longValue()).isEqualTo(orgA);
    assertThat(newest.get("key").stringValue()).isEqualTo("sync.interval_minutes");
    assertThat(newest.get("change").stringValue()).isEqualTo("15 -> 20");
    assertThat(newest.get("at").stringValue()).isNotBlank();
    assertThat(org.json.get(1).get("change").stringValue()).isEqualTo("(not set) -> 15");

    Reply visibleToAdminA = call(adminA, "GET", "/api/v1/audit", null);
    assertThat(visibleToAdminA.json.size()).isEqualTo(3);
    assertThat(call(systemAdmin, "GET", "/api/v1/audit", null).json.size()).isEqualTo(5);
    assertThat(call(adminA, "GET", "/api/v1/audit?scope=system", null).status).isEqualTo(403);
    assertThat(call(adminA, "GET", "/api/v1/audit?scope=organizations/" + orgB, null).status)
        .isEqualTo(404);
    assertThat(call(userA, "GET", "/api/v1/audit", null).status).isEqualTo(403);
    Reply bad = call(systemAdmin, "GET", "/api/v1/audit?scope=planet/3", null);
    assertThat(bad.status).isEqualTo(400);
    assertThat(bad.json.at("/errors/0/field").stringValue()).isEqualTo("scope");
  }

  @Test
  void aCommittedChangeIsAnnouncedWithItsScopeAndKeys() throws Exception {
    patch(adminA, orgPath(orgA), "{\"sync.interval_minutes\": 15, \"tasks.enabled\": false}");
    patch(adminA, orgPath(orgA), "{\"sync.interval_minutes\": 15}");

    assertThat(events.received)
        .containsExactly(
            new SettingsChanged(
                Scope.organization(orgA),
                java.util.Set.of("sync.interval_minutes", "tasks.enabled")));
  }

  @Test
  void aStaleIfMatchIsRefusedWith412() throws Exception {
    Reply read = call(adminA, "GET", orgPath(orgA), null);
    String etag = read.etag;
    assertThat(etag).isNotBlank();
    patch(systemAdmin, orgPath(orgA), "{\"sync.interval_minutes\": 15}");

    HttpRequest stale =
        request(adminA, orgPath(orgA))
            .header("If-Match", etag)
            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"sync.interval_minutes\": 9}"))
            .build();
    assertThat(http.send(stale, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(412);
    assertValue(adminA, orgPath(orgA), "sync.interval_minutes", "15", "ORGANIZATION");
  }

  @Test
  void codeCanPointTheSystemAtACustomCloudButNotWithoutItsUrls() throws Exception {
    java.util.Map<SettingKey<?>, Object> incomplete = new java.util.HashMap<>();
    incomplete.put(SettingKeys.AZURE_CLOUD, Cloud.CUSTOM);
    incomplete.put(SettingKeys.AZURE_AUTHORITY_URL, "http://127.0.0.1:9000");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> updateSettings.apply(null, Scope.system(), incomplete))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("azure.graph_url");
    assertValue(systemAdmin, "/api/v1/settings/system", "azure.cloud", "GLOBAL", "DEFAULT");

    incomplete.put(SettingKeys.AZURE_GRAPH_URL, "http://127.0.0.1:9001");
    updateSettings.apply(null, Scope.system(), incomplete);

    assertValue(systemAdmin, "/api/v1/settings/system", "azure.cloud", "CUSTOM", "SYSTEM");
    assertThat(settings.forSystem().graphUrl()).isEqualTo("http://127.0.0.1:9001");
    Reply audit = call(systemAdmin, "GET", "/api/v1/audit?scope=system", null);
    assertThat(audit.json.size()).isEqualTo(3);
    assertThat(audit.json.get(0).get("actor").stringValue()).isEqualTo("system");
    assertThat(events.received)
        .containsExactly(
            new SettingsChanged(
                Scope.system(),
                java.util.Set.of("azure.cloud", "azure.authority_url", "azure.graph_url")));
  }

  @Test
  void aStoredSecretThatCannotBeDecryptedIsStillShownAsSetAndNeverBreaksTheAnswer()
      throws Exception {
    jdbc.sql(
            "INSERT INTO setting_overrides (scope, scope_id, setting, stored_value, updated_at)"
                + " VALUES ('SYSTEM', 0, 'azure.client_secret', 'v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',"
                + " CURRENT_TIMESTAMP)")
        .update();
    jdbc.sql(
            "INSERT INTO setting_overrides (scope, scope_id, setting, stored_value, updated_at)"
                + " VALUES ('ORGANIZATION', ?, 'sync.interval_minutes', '99999', CURRENT_TIMESTAMP)")
        .param(orgA)
        .update();

    assertValue(
        systemAdmin, "/api/v1/settings/system", "azure.client_secret", "********", "SYSTEM");
    assertValue(adminA, orgPath(orgA), "sync.interval_minutes", "5", "DEFAULT");
    assertThat(patch(systemAdmin, "/api/v1/settings/system", "{\"azure.client_secret\": \"new\"}"))
        .isEqualTo(200);
    assertThat(settings.forSystem().value(SettingKeys.AZURE_CLIENT_SECRET)).isEqualTo("new");
  }

  // --- helpers

  record Reply(int status, String body, JsonNode json, String contentType, String etag) {}

  String name(long userId) {
    return directory.username(userId);
  }

  static String orgPath(long id) {
    return "/api/v1/settings/organizations/" + id;
  }

  static String userPath(long id) {
    return "/api/v1/settings/users/" + id;
  }

  int patch(String who, String path, String body) throws Exception {
    return call(who, "PATCH", path, body).status;
  }

  void assertValue(String who, String path, String key, String value, String source)
      throws Exception {
    Reply reply = call(who, "GET", path, null);
    assertThat(reply.status).isEqualTo(200);
    JsonNode entry = reply.json.get(key);
    assertThat(entry.get("source").stringValue()).isEqualTo(source);
    if (value == null) {
      assertThat(entry.get("value").isNull()).isTrue();
    } else {
      assertThat(entry.get("value").asString()).isEqualTo(value);
    }
  }

  HttpRequest.Builder request(String who, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json");
    if (who != null) {
      String token = who + ":" + PASSWORD;
      builder.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  Reply call(String who, String method, String path, String body) throws Exception {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    HttpResponse<String> response =
        http.send(
            request(who, path).method(method, publisher).build(),
            HttpResponse.BodyHandlers.ofString());
    String text = response.body();
    JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
    return new Reply(
        response.statusCode(),
        text,
        json,
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("ETag").orElse(null));
  }
}
