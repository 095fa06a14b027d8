package com.tandem.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/** The loopback HTTP server: turns exchanges into {@link ApiRequest}s and writes answers. */
public final class EmulatorServer {
  static {
    // Without TCP_NODELAY, headers and body go out as two segments and each keep-alive request
    // waits ~40 ms for a delayed ACK; the JDK server reads this once, before its first use.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  /** Starts serving on 127.0.0.1:{@code port} (0 = a free port). */
  public EmulatorServer(int port, BiFunction<ApiRequest, String, ApiResponse> handler)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    executor =
        Executors.newFixedThreadPool(
            32,
            r -> {
              Thread t = new Thread(r, "graph-emulator");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(exchange, handler));
    server.start();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops the server. */
  public void stop() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve(HttpExchange exchange, BiFunction<ApiRequest, String, ApiResponse> handler)
      throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
        headers.put(h.getKey(), String.join(",", h.getValue()));
      }
      String raw = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      String host = exchange.getRequestHeaders().getFirst("Host");
      String origin = "http://" + (host != null ? host : "127.0.0.1:" + port());
      ApiResponse response;
      try {
        response =
            handler.apply(
                ApiRequest.of(
                    exchange.getRequestMethod(),
                    query == null ? raw : raw + "?" + query,
                    headers,
                    body),
                origin);
      } catch (GraphException e) {
        response = ApiResponse.text(e.status(), "text/plain", e.getMessage());
      }
      if (response.dropped()) {
        return;
      }
      byte[] bytes = response.bytes();
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      boolean noBody =
          response.status() == 204
              || response.status() == 304
              || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(
          response.status(), noBody ? -1 : bytes.length == 0 ? -1 : bytes.length);
      if (!noBody && bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }
}
