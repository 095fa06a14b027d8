package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(GraphEmulatorExtension.class)
class LimitsAndBatchIT {
  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http = Http.signedIn(emulator, "adele@contoso.test", "Calendars.ReadWrite", "Tasks.ReadWrite");
  }

  static String event(String subject) {
    return "{\"subject\":\""
        + subject
        + "\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"UTC\"},"
        + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"}}";
  }

  @Test
  void theFifthConcurrentRequestGetsApplicationThrottled() {
    emulator.control().injectFault(Fault.latency("GET", "/events$", 5, 1500));
    List<CompletableFuture<Http.Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> http.get("/v1.0/me/events")));
    }
    List<Http.Answer> answers = calls.stream().map(CompletableFuture::join).toList();
    assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(4);
    Http.Answer throttled =
        answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
    assertThat(throttled.code()).isEqualTo("ApplicationThrottled");
  }

  @Test
  void overTheRateLimitGets429WithAnIntegerRetryAfter() {
    assertThat(
            http.put(
                    "/_emulator/limits",
                    "{\"concurrentRequestsPerMailbox\":4,\"requestsPerTenMinutesPerMailbox\":3}")
                .status())
        .isEqualTo(200);
    for (int i = 0; i < 3; i++) {
      assertThat(http.get("/v1.0/me/events").status()).isEqualTo(200);
    }
    Http.Answer r = http.get("/v1.0/me/events");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.code()).isEqualTo("TooManyRequests");
    assertThat(r.header("Retry-After")).matches("\\d+");
    emulator.control().advanceClock(java.time.Duration.ofMinutes(11));
    assertThat(http.get("/v1.0/me/events").status()).isEqualTo(200);
  }

  @Test
  void injectedStatusFaultsCarryRetryAfterAndRunOut() {
    http.post(
        "/_emulator/faults",
        "{\"method\":\"GET\",\"pathPattern\":\"/me/events\",\"count\":1,\"status\":503,\"retryAfterSeconds\":7}");
    Http.Answer r = http.get("/v1.0/me/events");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("7");
    assertThat(http.get("/v1.0/me/events").status()).isEqualTo(200);
  }

  @Test
  void dropAfterApplyAppliesTheChangeButClosesTheConnection() {
    emulator.control().injectFault(Fault.drop("POST", "/me/events$", 1));
    assertThatThrownBy(() -> http.post("/v1.0/me/events", event("Dropped")))
        .isInstanceOf(RuntimeException.class);
    assertThat(http.get("/v1.0/me/events").json().path("value").get(0).path("subject").asString())
        .isEqualTo("Dropped");
  }

  @Test
  void badFaultsAreRefusedByTheControlApi() {
    assertThat(http.post("/_emulator/faults", "{\"pathPattern\":\"(\"}").status()).isEqualTo(400);
  }

  @Test
  void batchRunsRequestsWithDependsOnAndReportsEach() {
    String body =
        "{\"requests\":["
            + "{\"id\":\"1\",\"method\":\"POST\",\"url\":\"/me/events\",\"headers\":{\"Content-Type\":\"application/json\"},\"body\":"
            + event("B1")
            + "},"
            + "{\"id\":\"2\",\"method\":\"GET\",\"url\":\"/me/events/nope\",\"dependsOn\":[\"1\"]},"
            + "{\"id\":\"3\",\"method\":\"GET\",\"url\":\"/me/events\",\"dependsOn\":[\"2\"]},"
            + "{\"id\":\"4\",\"method\":\"GET\",\"url\":\"me/todo/lists\"}]}";
    Http.Answer r = http.post("/v1.0/$batch", body);
    assertThat(r.status()).isEqualTo(200);
    JsonNode responses = r.json().path("responses");
    assertThat(status(responses, "1")).isEqualTo(201);
    assertThat(status(responses, "2")).isEqualTo(404);
    assertThat(status(responses, "3")).isEqualTo(424);
    assertThat(status(responses, "4")).isEqualTo(200);
    assertThat(find(responses, "1").at("/body/subject").asString()).isEqualTo("B1");
    assertThat(find(responses, "1").at("/headers/Content-Type").asString())
        .contains("application/json");
  }

  @Test
  void batchOfMoreThanTwentyOrWithDuplicateIdsIs400() {
    StringBuilder many = new StringBuilder("{\"requests\":[");
    for (int i = 0; i < 21; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(i)
          .append("\",\"method\":\"GET\",\"url\":\"/me/events\"}");
    }
    assertThat(http.post("/v1.0/$batch", many + "]}").status()).isEqualTo(400);
    assertThat(
            http.post(
                    "/v1.0/$batch",
                    "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/events\"},"
                        + "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/me/events\"}]}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void batchItemsAreThrottledOneByOne() {
    emulator.control().limits(4, 2);
    StringBuilder b = new StringBuilder("{\"requests\":[");
    for (int i = 0; i < 3; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(i)
          .append("\",\"method\":\"GET\",\"url\":\"/me/events\"}");
    }
    JsonNode responses = http.post("/v1.0/$batch", b + "]}").json().path("responses");
    assertThat(status(responses, "2")).isEqualTo(429);
    assertThat(find(responses, "2").at("/headers/Retry-After").asString()).matches("\\d+");
  }

  static int status(JsonNode responses, String id) {
    return find(responses, id).path("status").asInt();
  }

  static JsonNode find(JsonNode responses, String id) {
    for (JsonNode r : responses) {
      if (r.path("id").asString().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no response " + id);
  }
}
