package com.tandem.graph;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A webhook on loopback that answers Graph's validation handshake and queues notifications. */
final class NotificationReceiver implements AutoCloseable {

  private final HttpServer server;
  private final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();

  NotificationReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/notify", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/notify");
  }

  BlockingQueue<String> bodies() {
    return bodies;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String query = exchange.getRequestURI().getRawQuery();
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (query != null && query.startsWith("validationToken=")) {
        byte[] token =
            URLDecoder.decode(query.substring("validationToken=".length()), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, token.length);
        exchange.getResponseBody().write(token);
        return;
      }
      bodies.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(202, -1);
    }
  }
}
