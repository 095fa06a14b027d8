package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Microsoft's documented examples: requests are accepted, responses have the same shape. */
@ExtendWith(GraphEmulatorExtension.class)
class ExamplesIT {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The request of Microsoft's "create event" example, as its documentation gives it. */
  static final String CREATE_EVENT =
      "{\"subject\":\"Let's go brunch\",\"body\":{\"contentType\":\"HTML\",\"content\":\"Does late morning work for you?\"},"
          + "\"start\":{\"dateTime\":\"2017-04-15T11:00:00\",\"timeZone\":\"Pacific Standard Time\"},"
          + "\"end\":{\"dateTime\":\"2017-04-15T12:00:00\",\"timeZone\":\"Pacific Standard Time\"},"
          + "\"location\":{\"displayName\":\"Harry's Bar\"},\"attendees\":[{\"emailAddress\":{\"address\":\"samanthab@contoso.onmicrosoft.com\","
          + "\"name\":\"Samantha Booth\"},\"type\":\"required\"}],\"allowNewTimeProposals\":true,"
          + "\"transactionId\":\"7E163156-7762-4BEB-A1C6-729EA81755A7\"}";

  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http =
        Http.signedIn(
            emulator, "adele@contoso.test", "Calendars.ReadWrite", "Tasks.ReadWrite", "Mail.Read");
  }

  static String example(String name) throws Exception {
    return Files.readString(Csdl.locate().getParent().resolve("examples").resolve(name));
  }

  static JsonNode exampleJson(String name) throws Exception {
    return JSON.readTree(example(name));
  }

  /** Every property of {@code expected} is in {@code actual} with the same JSON type. */
  static List<String> shapeDifferences(JsonNode expected, JsonNode actual, String path) {
    List<String> out = new ArrayList<>();
    if (expected.isNull()) {
      return out;
    }
    if (actual == null || actual.isMissingNode()) {
      out.add(path + ": missing");
      return out;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      out.add(path + ": expected " + expected.getNodeType() + " but was " + actual.getNodeType());
      return out;
    }
    if (expected.isObject()) {
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        out.addAll(shapeDifferences(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey()));
      }
    } else if (expected.isArray() && !expected.isEmpty()) {
      if (actual.isEmpty()) {
        out.add(path + ": expected items");
      } else {
        out.addAll(shapeDifferences(expected.get(0), actual.get(0), path + "[0]"));
      }
    }
    return out;
  }

  static void sameShape(JsonNode expected, JsonNode actual) {
    assertThat(shapeDifferences(expected, actual, "$")).as(actual.toString()).isEmpty();
  }

  @Test
  void theShapeComparisonNoticesMissingAndRetypedProperties() throws Exception {
    assertThat(
            shapeDifferences(
                JSON.readTree("{\"a\":1,\"b\":{\"c\":\"x\"}}"),
                JSON.readTree("{\"b\":{\"c\":2}}"),
                "$"))
        .hasSize(2);
  }

  @Test
  void createdEventMatchesTheDocumentedResponse() throws Exception {
    Http.Answer r =
        http.post(
            "/v1.0/users/adele@contoso.test/events",
            CREATE_EVENT,
            "Prefer",
            "outlook.timezone=\"Pacific Standard Time\"");
    assertThat(r.status()).isEqualTo(201);
    sameShape(exampleJson("user-post-events.response.json"), r.json());
    assertThat(r.json().at("/start/timeZone").asString()).isEqualTo("Pacific Standard Time");
  }

  @Test
  void theDocumentedCreateEventWithCapitalisedEnumsIsAnsweredInTheSchemasSpelling()
      throws Exception {
    // Several documented requests spell enum values capitalised; Graph reads them in any case.
    String body = CREATE_EVENT.replace("\"type\":\"required\"", "\"type\":\"Required\"");
    assertThat(body).contains("\"Required\"").contains("\"HTML\"");
    Http.Answer r = http.post("/v1.0/users/adele@contoso.test/events", body);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    sameShape(exampleJson("user-post-events.response.json"), r.json());
    JsonNode documented = exampleJson("user-post-events.response.json");
    assertThat(r.json().at("/attendees/0/type").asString())
        .isEqualTo(documented.at("/attendees/0/type").asString());
    assertThat(r.json().at("/body/contentType").asString())
        .isEqualTo(documented.at("/body/contentType").asString());
  }

  @Test
  void postTasksExampleRequestIsAcceptedAndAnsweredInTheDocumentedShape() throws Exception {
    String list = http.get("/v1.0/me/todo/lists").json().at("/value/0/id").asString();
    Http.Answer r =
        http.post(
            "/v1.0/me/todo/lists/" + list + "/tasks",
            example("todotasklist-post-tasks.request.json"));
    assertThat(r.status()).isEqualTo(201);
    sameShape(exampleJson("todotasklist-post-tasks.response.json"), r.json());
  }

  @Test
  void taskGetListsAndDeltaMatchTheDocumentedResponses() throws Exception {
    String list = http.get("/v1.0/me/todo/lists").json().at("/value/0/id").asString();
    http.post("/v1.0/me/todo/lists", "{\"displayName\":\"Monthly Tasks\"}");
    String tasks = "/v1.0/me/todo/lists/" + list + "/tasks";
    String id =
        http.post(
                tasks,
                "{\"title\":\"Shop for dinner\",\"importance\":\"low\",\"categories\":[\"Important\"],"
                    + "\"dueDateTime\":{\"dateTime\":\"2020-08-25T04:00:00\",\"timeZone\":\"UTC\"}}")
            .json()
            .path("id")
            .asString();
    sameShape(exampleJson("todotask-get.response.json"), http.get(tasks + "/" + id).json());
    sameShape(exampleJson("todo-list-lists.response.json"), http.get("/v1.0/me/todo/lists").json());
    sameShape(exampleJson("todotask-delta.response.json"), http.get(tasks + "/delta").json());
    sameShape(
        exampleJson("todotasklist-delta.response.json"),
        http.get("/v1.0/me/todo/lists/delta").json());
  }

  @Test
  void tokenSuccessAndInvalidScopeMatchTheDocumentedBodies() throws Exception {
    Http plain = new Http(emulator.baseUrl());
    Http.Answer ok =
        plain.form(
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
    JsonNode expected = exampleJson("token.success.json");
    for (String key : List.of("access_token", "token_type", "expires_in")) {
      assertThat(ok.json().get(key).getNodeType()).isEqualTo(expected.get(key).getNodeType());
    }
    String code =
        emulator
            .control()
            .delegatedToken("contoso", "adele@contoso.test", Seed.DEMO_CLIENT_ID, "User.Read");
    assertThat(code).isNotBlank();
    Http.Answer bad =
        plain.form(
            "/contoso/oauth2/v2.0/token",
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                Seed.DEMO_CLIENT_ID,
                "client_secret",
                Seed.DEMO_CLIENT_SECRET,
                "scope",
                "https://foo.microsoft.com/mail.read"));
    assertThat(bad.status()).isEqualTo(400);
    sameShape(exampleJson("token.error-invalid-scope.json"), bad.json());
    assertThat(bad.json().path("error_description").asString())
        .contains("Trace ID:")
        .contains("Correlation ID:");
  }

  @Test
  void throttledAnswerMatchesTheDocumented429() throws Exception {
    String doc = example("throttling.429.http");
    JsonNode expected = JSON.readTree(doc.substring(doc.indexOf('{')));
    emulator.control().limits(4, 1);
    http.get("/v1.0/me/events");
    Http.Answer r = http.get("/v1.0/me/events");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("Retry-After")).matches("\\d+");
    sameShape(expected, r.json());
  }

  @Test
  void forbiddenBatchItemMatchesTheDocumentedItem() throws Exception {
    Http.Answer r =
        http.post(
            "/v1.0/$batch",
            "{\"requests\":[{\"id\":\"3\",\"method\":\"GET\",\"url\":\"/users/alex@contoso.test/events\"}]}");
    JsonNode item = r.json().at("/responses/0");
    assertThat(item.path("status").asInt()).isEqualTo(403);
    JsonNode expected = exampleJson("json-batching.response-item-403.json");
    List<String> diffs = shapeDifferences(expected, item, "$");
    assertThat(diffs).isEmpty();
  }

  @Test
  void changeNotificationMatchesTheDocumentedPayload() throws Exception {
    LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        ex -> {
          String q = ex.getRequestURI().getRawQuery();
          byte[] out =
              q == null
                  ? new byte[0]
                  : URLDecoder.decode(q.substring(16), StandardCharsets.UTF_8)
                      .getBytes(StandardCharsets.UTF_8);
          if (q == null) {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          }
          ex.sendResponseHeaders(q == null ? 202 : 200, out.length == 0 ? -1 : out.length);
          ex.getResponseBody().write(out);
          ex.close();
        });
    receiver.start();
    try {
      Http mail = Http.signedIn(emulator, "adele@contoso.test", "Mail.Read", "Mail.Send");
      Http.Answer sub =
          mail.post(
              "/v1.0/subscriptions",
              "{\"changeType\":\"created\",\"notificationUrl\":\"http://127.0.0.1:"
                  + receiver.getAddress().getPort()
                  + "/n\",\"resource\":\"me/messages\",\"expirationDateTime\":\""
                  + Instant.now().plus(1, ChronoUnit.DAYS)
                  + "\",\"clientState\":\"secretClientValue\"}");
      assertThat(sub.status()).as(sub.text()).isEqualTo(201);
      mail.post(
          "/v1.0/me/sendMail",
          "{\"message\":{\"subject\":\"x\",\"toRecipients\":[{\"emailAddress\":{\"address\":\"adele@contoso.test\"}}]}}");
      String payload = received.poll(5, TimeUnit.SECONDS);
      assertThat(payload).isNotNull();
      sameShape(exampleJson("change-notification.json"), JSON.readTree(payload));
    } finally {
      receiver.stop(0);
    }
  }
}
