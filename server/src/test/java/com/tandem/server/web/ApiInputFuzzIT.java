package com.tandem.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.testing.TestDirectory;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests against the REST API, one class of fault per case: numbers that are not whole
 * where ids are meant, values of the wrong JSON type, overlong or invalid UTF-8, bodies that are
 * not JSON, wrong methods and odd paths. Each must get its 4xx as a problem detail (type, title,
 * status, detail) and change nothing in the database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:api-fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=fuzz-admin-secret",
      "db-scheduler.enabled=false"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiInputFuzzIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> TABLES =
      List.of(
          "organizations",
          "users",
          "user_roles",
          "setting_overrides",
          "settings_audit",
          "calendar_events",
          "tasks",
          "activity_changes",
          "personal_access_tokens",
          "microsoft_user_links");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  long org;
  long user;
  String task;
  String event;

  /** One malformed request and the status it must get. */
  record Case(
      String name, String method, String path, String contentType, byte[] body, int status) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void someData() {
    TestDirectory directory = new TestDirectory(jdbc);
    org = directory.organization("Fuzz");
    user = directory.user("fuzzy", "fuzzy-password", org, "USER");
    task =
        send(
                "POST",
                "/api/v1/users/" + user + "/tasks",
                "application/json",
                utf8("{\"subject\":\"Call\"}"))
            .path("id")
            .asString();
    event =
        send(
                "POST",
                "/api/v1/users/" + user + "/calendar-events",
                "application/json",
                utf8(
                    "{\"title\":\"Meet\",\"start\":\"2026-03-02T10:00:00\","
                        + "\"end\":\"2026-03-02T11:00:00\",\"timeZone\":\"Europe/Paris\"}"))
            .path("id")
            .asString();
    assertThat(task).isNotBlank();
    assertThat(event).isNotBlank();
  }

  Stream<Case> cases() {
    String users = "/api/v1/users/" + user;
    String tasks = users + "/tasks";
    String events = users + "/calendar-events";
    String userBody =
        "{\"username\":\"fuzzy\",\"email\":\"fuzzy@example.test\",\"displayName\":\"Fuzzy\","
            + "\"organizationId\":%s,\"roles\":[\"USER\"]}";
    List<Case> all = new ArrayList<>();
    // Numbers that are not whole where an id is meant, and ids of the wrong type.
    for (String id : List.of("1.5", "1.0", "1e0", "\"1\"", "true", "[1]", "99999999999999999999")) {
      all.add(json("PUT user organizationId " + id, "PUT", users, userBody.formatted(id), 400));
    }
    // Strings that are not strings.
    for (String name : List.of("12345", "true", "1e400", "[\"x\"]", "{\"a\":1}")) {
      all.add(
          json(
              "POST organization name " + name,
              "POST",
              "/api/v1/organizations",
              "{\"name\":" + name + "}",
              400));
      all.add(
          json(
              "PUT user username " + name,
              "PUT",
              users,
              userBody.formatted(org).replace("\"fuzzy\",\"email", name + ",\"email"),
              400));
      all.add(json("POST task subject " + name, "POST", tasks, "{\"subject\":" + name + "}", 400));
    }
    all.add(
        json(
            "PUT user enabled 1",
            "PUT",
            users,
            userBody.formatted(org).replace("}", ",\"enabled\":1}"),
            400));
    all.add(
        json(
            "PUT user enabled \"true\"",
            "PUT",
            users,
            userBody.formatted(org).replace("}", ",\"enabled\":\"true\"}"),
            400));
    all.add(
        json(
            "PATCH settings interval 7.5",
            "PATCH",
            "/api/v1/settings/system",
            "{\"sync.interval_minutes\":7.5}",
            400));
    all.add(
        json(
            "PATCH settings interval \"7\"",
            "PATCH",
            "/api/v1/settings/system",
            "{\"sync.interval_minutes\":\"7\"}",
            400));
    all.add(
        json(
            "POST organization, a key twice",
            "POST",
            "/api/v1/organizations",
            "{\"name\":\"A\",\"name\":\"B\"}",
            400));
    all.add(
        json("POST organization, not JSON", "POST", "/api/v1/organizations", "{\"name\":", 400));
    // Overlong and invalid UTF-8.
    Map<String, byte[]> badBytes =
        Map.of(
            "overlong slash C0 AF", new byte[] {(byte) 0xC0, (byte) 0xAF},
            "overlong E0 80 AF", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            "a surrogate ED A0 80", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            "a stray FF", new byte[] {(byte) 0xFF},
            "a cut sequence E2 82", new byte[] {(byte) 0xE2, (byte) 0x82});
    badBytes.forEach(
        (what, bytes) -> {
          all.add(
              raw(
                  "POST organization name with " + what,
                  "POST",
                  "/api/v1/organizations",
                  "{\"name\":\"a",
                  bytes,
                  "b\"}",
                  400));
          all.add(
              raw(
                  "POST task subject with " + what,
                  "POST",
                  tasks,
                  "{\"subject\":\"a",
                  bytes,
                  "b\"}",
                  400));
          all.add(
              raw(
                  "PUT event title with " + what,
                  "PUT",
                  events + "/" + event,
                  "{\"title\":\"a",
                  bytes,
                  "b\",\"start\":\"2026-03-02T10:00:00\",\"end\":\"2026-03-02T11:00:00\",\"timeZone\":\"UTC\"}",
                  400));
          all.add(
              raw(
                  "PUT user username with " + what,
                  "PUT",
                  users,
                  "{\"username\":\"a",
                  bytes,
                  "b\",\"email\":\"fuzzy@example.test\",\"displayName\":\"Fuzzy\",\"organizationId\":"
                      + org
                      + ",\"roles\":[\"USER\"]}",
                  400));
        });
    // Bodies that are not JSON.
    String interval = "{\"sync.interval_minutes\": 7}";
    for (String type :
        new String[] {
          "text/plain",
          null,
          "application/x-www-form-urlencoded",
          "application/xml",
          "application/json; charset=ISO-8859-1",
          "*/*"
        }) {
      String label = type == null ? "no Content-Type" : type;
      all.add(
          new Case(
              "PATCH settings as " + label,
              "PATCH",
              "/api/v1/settings/system",
              type,
              utf8(interval),
              415));
      all.add(
          new Case(
              "POST organization as " + label,
              "POST",
              "/api/v1/organizations",
              type,
              utf8("{\"name\":\"X\"}"),
              415));
      all.add(
          new Case("POST task as " + label, "POST", tasks, type, utf8("{\"subject\":\"X\"}"), 415));
      all.add(
          new Case(
              "PATCH task as " + label,
              "PATCH",
              tasks + "/" + task,
              type,
              utf8("{\"subject\":\"X\"}"),
              415));
    }
    // Wrong methods.
    all.add(new Case("DELETE the change feed", "DELETE", "/api/v1/changes", null, null, 405));
    all.add(
        new Case(
            "PATCH the organization list",
            "PATCH",
            "/api/v1/organizations",
            "application/json",
            utf8("{}"),
            405));
    all.add(
        new Case(
            "PUT system settings",
            "PUT",
            "/api/v1/settings/system",
            "application/json",
            utf8(interval),
            405));
    all.add(
        new Case("POST one task", "POST", tasks + "/" + task, "application/json", utf8("{}"), 405));
    // Odd paths and parameters.
    all.add(
        new Case("an encoded percent in the path", "GET", "/api/v1/users/%25", null, null, 400));
    all.add(new Case("an encoded semicolon in the path", "GET", users + "%3B", null, null, 400));
    all.add(new Case("a semicolon in the path", "DELETE", users + ";x=1", null, null, 400));
    all.add(
        new Case("an encoded slash in the path", "DELETE", "/api/v1/users/1%2F2", null, null, 400));
    all.add(new Case("a double slash", "DELETE", "/api/v1//users/" + user, null, null, 400));
    all.add(
        new Case("a path that names nothing", "DELETE", "/api/v1/nothing-here", null, null, 404));
    all.add(new Case("an id that is not a number", "DELETE", "/api/v1/users/abc", null, null, 400));
    all.add(new Case("an id with a fraction", "DELETE", "/api/v1/users/1.5", null, null, 400));
    all.add(new Case("an offset with a fraction", "GET", tasks + "?offset=1.5", null, null, 400));
    all.add(new Case("a limit as a word", "GET", tasks + "?limit=many", null, null, 400));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aMalformedRequestGetsItsProblemAndChangesNothing(Case c) {
    String before = fingerprint();

    HttpResponse<String> answer = call(c);

    assertThat(answer.statusCode()).as(c.name() + ": " + answer.body()).isEqualTo(c.status());
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .as(c.name())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("type").asString()).as(c.name() + ": " + answer.body()).isNotBlank();
    assertThat(problem.path("title").asString()).as(c.name()).isNotBlank();
    assertThat(problem.path("detail").asString()).as(c.name()).isNotBlank();
    assertThat(problem.path("status").asInt()).as(c.name()).isEqualTo(c.status());
    assertThat(answer.body()).as(c.name()).doesNotContain("timestamp", "Exception", "at com.");
    assertThat(problem.path("instance").asString()).as(c.name()).doesNotStartWith("/error");
    assertThat(fingerprint()).as(c.name() + " changed the database").isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestLines")
  void aRequestLineTomcatCannotParseGetsAProblemDetailToo(String target) throws Exception {
    String before = fingerprint();
    String answer;
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket
          .getOutputStream()
          .write(
              utf8(
                  "DELETE "
                      + target
                      + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    JsonNode problem = JSON.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
    assertThat(problem.path("type").asString()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(answer).doesNotContain("Apache Tomcat", "<html");
    assertThat(fingerprint()).isEqualTo(before);
  }

  Stream<String> requestLines() {
    return Stream.of(
        "/api/v1/users/" + user + "/tasks/{" + task + "}",
        "/api/v1/users/" + user + "?x=|",
        "/api/v1/users/" + user + "\\x",
        "/api/v1/users/%zz");
  }

  private static Case json(String name, String method, String path, String body, int status) {
    return new Case(name, method, path, "application/json", utf8(body), status);
  }

  private static Case raw(
      String name,
      String method,
      String path,
      String head,
      byte[] middle,
      String tail,
      int status) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(utf8(head));
    body.writeBytes(middle);
    body.writeBytes(utf8(tail));
    return new Case(name, method, path, "application/json", body.toByteArray(), status);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String fingerprint() {
    StringBuilder all = new StringBuilder();
    for (String table : TABLES) {
      all.append(table)
          .append(jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query().listOfRows());
    }
    return all.toString();
  }

  private JsonNode send(String method, String path, String contentType, byte[] body) {
    HttpResponse<String> answer = call(new Case(path, method, path, contentType, body, 0));
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    return JSON.readTree(answer.body());
  }

  private HttpResponse<String> call(Case c) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(utf8("admin:fuzz-admin-secret")))
            .method(
                c.method(),
                c.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body()));
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(c.name(), e);
    }
  }
}
