package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.PermissionMissingException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.RequestRejectedException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.User;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GraphErrorsHttpIT {

  private static final Mailbox ME = Mailbox.me("conn-1");
  private static FakeGraph graph;
  private static GraphClient client;

  @BeforeAll
  static void start() {
    graph = new FakeGraph();
    client =
        GraphClient.builder(
                GraphEndpoints.of(graph.baseUrl(), "tenant-1", graph.baseUrl()),
                m -> "secret-token")
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

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(401, "InvalidAuthenticationToken", null, AuthenticationException.class),
        Arguments.of(403, "ErrorAccessDenied", null, PermissionMissingException.class),
        Arguments.of(403, "Authorization_RequestDenied", null, PermissionMissingException.class),
        Arguments.of(404, "ErrorItemNotFound", null, NotFoundException.class),
        Arguments.of(404, "itemNotFound", null, NotFoundException.class),
        Arguments.of(409, "ErrorIrresolvableConflict", null, PreconditionFailedException.class),
        Arguments.of(409, "ErrorFolderExists", null, RequestRejectedException.class),
        Arguments.of(410, "syncStateNotFound", null, SyncStateExpiredException.class),
        Arguments.of(412, "ErrorIrresolvableConflict", null, PreconditionFailedException.class),
        Arguments.of(429, "TooManyRequests", "7", ThrottledException.class),
        Arguments.of(429, "ApplicationThrottled", null, ThrottledException.class),
        Arguments.of(400, "ErrorInvalidIdMalformed", null, RequestRejectedException.class),
        Arguments.of(500, "generalException", null, GraphServerException.class),
        Arguments.of(503, "serviceNotAvailable", "3", ThrottledException.class),
        Arguments.of(503, "serviceNotAvailable", null, GraphServerException.class),
        Arguments.of(504, "gatewayTimeout", "2", ThrottledException.class));
  }

  @ParameterizedTest(name = "{0} {1} Retry-After {2} is {3}")
  @MethodSource("statuses")
  void eachRefusalBecomesTheExceptionThatSaysWhatToDo(
      int status, String code, String retryAfter, Class<? extends GraphException> expected) {
    Map<String, String> headers = new HashMap<>();
    headers.put("request-id", "req-" + status);
    if (retryAfter != null) {
      headers.put("Retry-After", retryAfter);
    }
    graph.on(
        "GET",
        "/v1.0/me",
        status,
        headers,
        "{\"error\":{\"code\":\"" + code + "\",\"message\":\"Graph says no.\"}}");

    assertThatThrownBy(() -> client.users().get(ME))
        .isExactlyInstanceOf(expected)
        .isInstanceOfSatisfying(
            GraphException.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.code()).contains(code);
              assertThat(e.requestId()).contains("req-" + status);
              assertThat(e.getMessage()).contains("Graph says no.").doesNotContain("secret-token");
            });
    assertThat(graph.requests()).as("never retried").hasSize(1);
  }

  @Test
  void throttledCarriesRetryAfterAsADuration() {
    graph.on(
        "GET",
        "/v1.0/me",
        429,
        Map.of("Retry-After", "12"),
        "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}");

    assertThatThrownBy(() -> client.users().get(ME))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(12)));
  }

  @Test
  void throttledWithoutRetryAfterLeavesTheWaitToTheCaller() {
    graph.on(
        "GET",
        "/v1.0/me",
        429,
        "{\"error\":{\"code\":\"ApplicationThrottled\",\"message\":\"Application is over its MailboxConcurrency limit.\"}}");

    assertThatThrownBy(() -> client.users().get(ME))
        .isInstanceOfSatisfying(
            ThrottledException.class, e -> assertThat(e.retryAfter()).isEmpty());
  }

  @Test
  void requestIdComesFromTheBodyWhenTheHeaderIsMissing() {
    graph.on(
        "GET",
        "/v1.0/me",
        404,
        "{\"error\":{\"code\":\"ErrorItemNotFound\",\"message\":\"nope\",\"innerError\":{\"request-id\":\"inner-1\"}}}");

    assertThatThrownBy(() -> client.users().get(ME))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.requestId()).contains("inner-1"));
  }

  @Test
  void anErrorWithoutAJsonBodyIsStillClassifiedByStatus() {
    graph.on("GET", "/v1.0/me", 502, "<html>Bad gateway</html>");

    assertThatThrownBy(() -> client.users().get(ME))
        .isInstanceOfSatisfying(
            GraphServerException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.code()).isEmpty();
            });
  }

  @Test
  void aSuccessWithBrokenJsonIsMalformed() {
    graph.on("GET", "/v1.0/me", 200, Map.of("request-id", "req-bad"), "{\"id\": \"x\", ");

    assertThatThrownBy(() -> client.users().get(ME))
        .isInstanceOfSatisfying(
            MalformedResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.requestId()).contains("req-bad");
            });
  }

  @Test
  void aSuccessWithTheWrongShapeIsMalformed() {
    graph.on("GET", "/v1.0/me/todo/lists", 200, "{\"value\":{\"not\":\"an array\"}}");

    assertThatThrownBy(() -> client.todoLists().list(ME))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aGraphThatCannotBeReachedIsAServerErrorWithoutStatus() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String base = "http://127.0.0.1:" + closedPort;
    GraphClient unreachable =
        GraphClient.builder(GraphEndpoints.of(base, "t", base), m -> "token").build();

    assertThatThrownBy(() -> unreachable.users().get(ME))
        .isInstanceOfSatisfying(GraphServerException.class, e -> assertThat(e.status()).isZero());
  }

  @Test
  void usersGetReadsTheMailboxOwner() {
    graph.on(
        "GET",
        "/v1.0/me",
        200,
        "{\"id\":\"u1\",\"displayName\":\"Adele Vance\",\"mail\":\"adele@contoso.test\",\"userPrincipalName\":\"adele@contoso.test\"}");

    User user = client.users().get(ME);

    assertThat(user.displayName()).isEqualTo("Adele Vance");
    assertThat(user.mail()).isEqualTo("adele@contoso.test");
  }
}
