package com.tandem.server.sync;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A loopback forwarder between Tandem and the emulator that records each HTTP round trip (the
 * emulator counts a {@code $batch}'s members, not the round trip). Links in answers point back
 * through it, so that next and delta links are recorded too.
 */
public final class RoundTrips implements AutoCloseable {

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

  /**
   * One round trip.
   *
   * @param method the HTTP method
   * @param path the path without the query
   * @param members for a {@code $batch}, each member's method and URL; else empty
   */
  public record Trip(String method, String path, List<String> members) {}

  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String target;
  private final List<Trip> trips = new ArrayList<>();

  public RoundTrips(String target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::forward);
    server.start();
  }

  /** The base URL to configure as Graph's. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The round trips since the last {@link #clear()}. */
  public synchronized List<Trip> trips() {
    return List.copyOf(trips);
  }

  /** Forgets the round trips so far. */
  public synchronized void clear() {
    trips.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri = exchange.getRequestURI();
      String method = exchange.getRequestMethod();
      List<String> members = new ArrayList<>();
      if (uri.getRawPath().endsWith("/$batch")) {
        for (JsonNode member : Http.JSON.readTree(body).path("requests")) {
          members.add(member.path("method").asString() + " " + member.path("url").asString());
        }
      }
      synchronized (this) {
        trips.add(new Trip(method, uri.getRawPath(), members));
      }
      String pathAndQuery =
          uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + pathAndQuery))
              .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
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
      String text = new String(response.body(), StandardCharsets.UTF_8);
      byte[] answer = text.replace(target, baseUrl()).getBytes(StandardCharsets.UTF_8);
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  exchange
                      .getResponseHeaders()
                      .put(name, values.stream().map(v -> v.replace(target, baseUrl())).toList());
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
}
