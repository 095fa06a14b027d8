package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.ThrottledException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The builder's response listener hears the status of every answer, and 0 for none. */
class ResponseStatusHttpIT {

  private static final Mailbox ME = Mailbox.me("conn-1");

  @Test
  void theListenerHearsEveryStatusIncludingRefusals() {
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    try (FakeGraph graph = new FakeGraph()) {
      GraphClient client =
          GraphClient.builder(
                  GraphEndpoints.of(graph.baseUrl(), "tenant-1", graph.baseUrl()), m -> "token")
              .onResponse(statuses::add)
              .build();
      graph.on(
          "GET",
          "/v1.0/me",
          200,
          "{\"id\":\"u1\",\"displayName\":\"Adele\",\"userPrincipalName\":\"adele@contoso.test\"}");
      client.users().get(ME);
      graph.on(
          "GET",
          "/v1.0/me",
          429,
          "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}");
      assertThatThrownBy(() -> client.users().get(ME)).isInstanceOf(ThrottledException.class);
    }
    assertThat(statuses).containsExactly(200, 429);
  }

  @Test
  void aRequestWithoutAnyAnswerIsHeardAsZero() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String nowhere = "http://127.0.0.1:" + closedPort;
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    GraphClient client =
        GraphClient.builder(GraphEndpoints.of(nowhere, "tenant-1", nowhere), m -> "token")
            .onResponse(statuses::add)
            .build();
    assertThatThrownBy(() -> client.users().get(ME)).isInstanceOf(GraphServerException.class);
    assertThat(statuses).containsExactly(0);
  }
}
