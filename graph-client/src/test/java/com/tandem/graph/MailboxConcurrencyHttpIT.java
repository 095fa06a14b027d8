package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.User;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailboxConcurrencyHttpIT {

  private static final byte[] USER =
      "{\"id\":\"u1\",\"userPrincipalName\":\"adele@contoso.test\"}"
          .getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private ExecutorService callers;
  private final CountDownLatch release = new CountDownLatch(1);
  private final Semaphore arrived = new Semaphore(0);
  private GraphClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    // Holds every request until the test releases them, so that calls stay in flight.
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            arrived.release();
            release.await(10, TimeUnit.SECONDS);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, USER.length);
            exchange.getResponseBody().write(USER);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    client = GraphClient.builder(GraphEndpoints.of(base, "t", base), mailbox -> "token").build();
    callers = Executors.newFixedThreadPool(5);
  }

  @AfterEach
  void stop() {
    release.countDown();
    callers.shutdownNow();
    server.stop(0);
  }

  @Test
  void aFifthConcurrentCallOnOneMailboxIsThrottledAtOnceWhileOtherMailboxesGoOn() throws Exception {
    Mailbox adele = Mailbox.user("app", "adele@contoso.test");
    List<Future<User>> inFlight = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      inFlight.add(callers.submit(() -> client.users().get(adele)));
    }
    assertThat(arrived.tryAcquire(4, 10, TimeUnit.SECONDS)).as("4 requests reached Graph").isTrue();

    assertThatThrownBy(() -> client.users().get(Mailbox.user("app", "ADELE@contoso.test")))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.code()).contains("MailboxConcurrency");
              assertThat(e.retryAfter()).isPresent();
            });
    Future<User> otherMailbox = callers.submit(() -> client.users().get(Mailbox.me("alex")));
    assertThat(arrived.tryAcquire(1, 10, TimeUnit.SECONDS))
        .as("another mailbox is not held")
        .isTrue();

    release.countDown();
    for (Future<User> call : inFlight) {
      assertThat(call.get(10, TimeUnit.SECONDS).id()).isEqualTo("u1");
    }
    assertThat(otherMailbox.get(10, TimeUnit.SECONDS).id()).isEqualTo("u1");
    assertThat(client.users().get(adele).id()).as("slots are given back").isEqualTo("u1");
  }
}
