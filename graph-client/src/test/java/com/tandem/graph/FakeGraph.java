package com.tandem.graph;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A canned-answer stand-in for Graph on loopback: answers routes set by the test and records every
 * request so that tests can assert on headers and bodies.
 */
final class FakeGraph implements AutoCloseable {

  /** A request as the server received it. */
  record Recorded(String method, String pathAndQuery, Headers headers, String body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    List<String> headerValues(String name) {
      List<String> values = headers.get(name);
      return values == null ? List.of() : values;
    }
  }

  /** A canned answer. */
  record Answer(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final Map<String, Answer> routes = new ConcurrentHashMap<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();

  FakeGraph() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers a method and raw path (with its raw query, to match one exactly) with JSON. */
  FakeGraph on(String method, String pathAndQuery, int status, String body) {
    return on(method, pathAndQuery, status, Map.of(), body);
  }

  /** Answers a method and raw path with headers and a body. */
  FakeGraph on(
      String method, String pathAndQuery, int status, Map<String, String> headers, String body) {
    routes.put(method + " " + pathAndQuery, new Answer(status, headers, body));
    return this;
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  Recorded lastRequest() {
    return requests.get(requests.size() - 1);
  }

  void reset() {
    routes.clear();
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      String full = query == null ? path : path + "?" + query;
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(
          new Recorded(exchange.getRequestMethod(), full, exchange.getRequestHeaders(), body));
      Answer answer = routes.get(exchange.getRequestMethod() + " " + full);
      if (answer == null) {
        answer = routes.get(exchange.getRequestMethod() + " " + path);
      }
      if (answer == null) {
        answer =
            new Answer(
                404,
                Map.of(),
                "{\"error\":{\"code\":\"FakeRouteMissing\",\"message\":\"" + full + "\"}}");
      }
      byte[] bytes =
          answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0) {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
      }
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    }
  }
}
