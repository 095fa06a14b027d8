package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.Event;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BatchHttpIT {

  private static final Mailbox ME = Mailbox.me("conn-1");
  private static FakeGraph graph;
  private static GraphClient client;

  @BeforeAll
  static void start() {
    graph = new FakeGraph();
    client =
        GraphClient.builder(
                GraphEndpoints.of(graph.baseUrl(), "tenant-1", graph.baseUrl()), m -> "token")
            .build();
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @BeforeEach
  void reset() {
    graph.reset();
  }

  @Test
  void eachAnswerKeepsItsOwnStatusHeadersAndBody() {
    graph.on(
        "POST",
        "/v1.0/$batch",
        200,
        """
        {"responses":[
          {"id":"3","status":424,"body":{"error":{"code":"FailedDependency","message":"dep failed"}}},
          {"id":"1","status":201,"headers":{"ETag":"W/\\"ck1\\""},"body":{"id":"AAMk=1","subject":"Demo"}},
          {"id":"2","status":429,"headers":{"Retry-After":"5"},
           "body":{"error":{"code":"TooManyRequests","message":"later"}}}
        ]}
        """);
    Event event = Event.builder().subject("Demo").build();

    BatchResult result =
        client
            .batch()
            .send(
                ME,
                List.of(
                    BatchRequest.post("1", ME.path("events"), event),
                    BatchRequest.get("2", ME.path("events", "AAMk=1")),
                    BatchRequest.delete("3", ME.path("events", "AAMk=1"))
                        .withHeader("If-Match", "W/\"ck1\"")
                        .dependingOn("1")));

    JsonNode sent = GraphJson.MAPPER.readTree(graph.lastRequest().body()).get("requests");
    assertThat(sent).hasSize(3);
    assertThat(sent.get(0).get("url").asString()).isEqualTo("/me/events");
    assertThat(sent.get(0).get("headers").get("Content-Type").asString())
        .isEqualTo("application/json");
    assertThat(sent.get(0).get("body").get("subject").asString()).isEqualTo("Demo");
    assertThat(sent.get(1).has("body")).isFalse();
    assertThat(sent.get(2).get("dependsOn").get(0).asString()).isEqualTo("1");
    assertThat(sent.get(2).get("headers").get("If-Match").asString()).isEqualTo("W/\"ck1\"");

    assertThat(result.size()).isEqualTo(3);
    assertThat(result.body("1", Event.class).id()).isEqualTo("AAMk=1");
    assertThat(result.response("1").header("etag")).contains("W/\"ck1\"");
    assertThat(result.failure("2"))
        .hasValueSatisfying(
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        ThrottledException.class,
                        t -> assertThat(t.retryAfter()).contains(Duration.ofSeconds(5))));
    assertThat(result.failure("3")).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(424));
    assertThatThrownBy(() -> result.body("2", Event.class)).isInstanceOf(ThrottledException.class);
  }

  @Test
  void moreThanTwentyRequestsAreRefusedBeforeSending() {
    List<BatchRequest> requests =
        IntStream.rangeClosed(1, 21).mapToObj(i -> BatchRequest.get("r" + i, "/me")).toList();

    assertThatThrownBy(() -> client.batch().send(ME, requests))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(graph.requests()).isEmpty();
  }

  @Test
  void duplicateIdsAndUnknownDependenciesAreRefusedBeforeSending() {
    assertThatThrownBy(
            () ->
                client
                    .batch()
                    .send(ME, List.of(BatchRequest.get("1", "/me"), BatchRequest.get("1", "/me"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
    assertThatThrownBy(
            () -> client.batch().send(ME, List.of(BatchRequest.get("1", "/me").dependingOn("9"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown");
    assertThat(graph.requests()).isEmpty();
  }

  @Test
  void anAnswerMissingARequestIsMalformed() {
    graph.on("POST", "/v1.0/$batch", 200, "{\"responses\":[{\"id\":\"1\",\"status\":200}]}");

    assertThatThrownBy(
            () ->
                client
                    .batch()
                    .send(ME, List.of(BatchRequest.get("1", "/me"), BatchRequest.get("2", "/me"))))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aThrottledBatchAsAWholeIsThrottled() {
    graph.on(
        "POST",
        "/v1.0/$batch",
        429,
        java.util.Map.of("Retry-After", "30"),
        "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"later\"}}");

    assertThatThrownBy(() -> client.batch().send(ME, List.of(BatchRequest.get("1", "/me"))))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
  }
}
