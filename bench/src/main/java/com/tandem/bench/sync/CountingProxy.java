package com.tandem.bench.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP forwarder put between Tandem and the emulator to count HTTP round trips: the
 * emulator counts Graph requests per mailbox, but counts each member of a {@code $batch} as one,
 * while what costs a connection is the round trip. Links in answers are rewritten to point back
 * through the proxy, so that paging and delta links are counted too.
 */
final class CountingProxy implements AutoCloseable {

  /** The name of the proxy's threads (their CPU is not Tandem's). */
  static final String THREAD_NAME = "bench-proxy";

  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "host",
          "upgrade",
          "http2-settings",
          "keep-alive",
          "transfer-encoding",
          "date");
  private static final Set<String> GRAPH_WORDS =
      Set.of(
          "v1.0",
          "me",
          "users",
          "events",
          "calendarView",
          "calendar",
          "delta",
          "todo",
          "lists",
          "tasks",
          "linkedResources",
          "instances",
          "$batch");

  private final HttpServer server;
  private final ExecutorService executor;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String target;
  private final Map<String, AtomicLong> counts = new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicLong total = new AtomicLong();

  private CountingProxy(String target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    executor =
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, THREAD_NAME);
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::forward);
    server.start();
  }

  /** Starts a proxy forwarding to {@code target} (like {@code http://127.0.0.1:1234}). */
  static CountingProxy start(String target) throws IOException {
    return new CountingProxy(target);
  }

  /** The proxy's base URL, to configure as Graph's. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Round trips since the last {@link #reset()}. */
  long total() {
    return total.get();
  }

  /** Round trips by method and path shape (ids replaced by {@code {id}}). */
  Map<String, Long> byKind() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Forgets the counts. */
  void reset() {
    counts.clear();
    total.set(0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String pathAndQuery = exchange.getRequestURI().getRawPath();
      if (exchange.getRequestURI().getRawQuery() != null) {
        pathAndQuery += "?" + exchange.getRequestURI().getRawQuery();
      }
      total.incrementAndGet();
      counts
          .computeIfAbsent(
              exchange.getRequestMethod() + " " + shape(exchange.getRequestURI().getRawPath()),
              k -> new AtomicLong())
          .incrementAndGet();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + pathAndQuery))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      byte[] answer = relink(response.body());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  exchange
                      .getResponseHeaders()
                      .put(name, values.stream().map(this::relink).toList());
                }
              });
      boolean noBody = answer.length == 0 || response.statusCode() == 204;
      exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : answer.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  private byte[] relink(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.contains(target)
        ? text.replace(target, baseUrl()).getBytes(StandardCharsets.UTF_8)
        : body;
  }

  private String relink(String header) {
    return header.replace(target, baseUrl());
  }

  /** The path with everything but Graph's own words replaced by {id}. */
  static String shape(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : List.of(path.split("/"))) {
      if (segment.isEmpty()) {
        continue;
      }
      out.append('/').append(GRAPH_WORDS.contains(segment) ? segment : "{id}");
    }
    return out.toString();
  }
}
