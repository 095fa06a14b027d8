package com.tandem.bench.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bare HTTP loop: plain {@code java.net.http} calls with an application token, no client
 * library, no retries. It seeds mailboxes and is the HTTP half of the baselines.
 */
final class GraphLoop {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final String token;

  GraphLoop(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The Graph base URL, like {@code http://127.0.0.1:1234}. */
  String base() {
    return base;
  }

  /** POSTs a JSON body to a {@code /v1.0/...} path and returns the answer, which must be 201. */
  JsonNode post(String path, String json) {
    HttpRequest request =
        request(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return JSON.readTree(send(request, 201));
  }

  /** PATCHes a JSON body to a {@code /v1.0/...} path, which must answer 200. */
  JsonNode patch(String path, String json) {
    HttpRequest request =
        request(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
            .build();
    return JSON.readTree(send(request, 200));
  }

  /** GETs a {@code /v1.0/...} path, which must answer 200. */
  JsonNode get(String path) {
    return JSON.readTree(send(request(URI.create(base + path)).GET().build(), 200));
  }

  /**
   * Follows a delta round from {@code firstUrl} page by page ({@code pageSize} items each), handing
   * each page's items to {@code onPage}; returns the number of pages read.
   */
  int readDelta(String firstUrl, int pageSize, Consumer<JsonNode> onPage) {
    String next = firstUrl;
    int pages = 0;
    while (next != null) {
      HttpRequest request =
          request(URI.create(next)).header("Prefer", "odata.maxpagesize=" + pageSize).GET().build();
      JsonNode page = JSON.readTree(send(request, 200));
      pages++;
      onPage.accept(page.path("value"));
      JsonNode nextLink = page.get("@odata.nextLink");
      next = nextLink == null ? null : nextLink.asString();
    }
    return pages;
  }

  /** POSTs {@code count} bodies to {@code path} from {@code threads} threads at once. */
  void postAll(String path, int count, int threads, IntFunction<String> body) {
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-seeder"));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = first; i < count; i += threads) {
                    post(path, body.apply(i));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("seeding " + path + " failed: " + e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token);
  }

  private String send(HttpRequest request, int expected) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri().getPath()
                + ": HTTP "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
