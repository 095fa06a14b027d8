package com.tandem.emulator.subscriptions;

import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/** Posts validation requests and notifications to subscribers' endpoints. */
final class Delivery {
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "graph-emulator-notifications");
            t.setDaemon(true);
            return t;
          });
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** The validation handshake: the endpoint must echo the token within 10 s; 400 otherwise. */
  void validate(String url) {
    String token =
        "Validation: Testing client application reachability for subscription Request-Id: "
            + Ids.guid();
    try {
      URI uri =
          URI.create(
              url
                  + (url.contains("?") ? "&" : "?")
                  + "validationToken="
                  + URLEncoder.encode(token, StandardCharsets.UTF_8));
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "text/plain; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200 && token.equals(r.body())) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // Unreachable endpoint: same answer as a wrong echo.
    }
    throw GraphException.badRequest(
        "ValidationError",
        "Subscription validation request failed."
            + " Notification endpoint must respond with 200 OK to validation request.");
  }

  /** Posts a notification body in the background; failures are dropped. */
  void post(String url, JsonNode body) {
    byte[] bytes = Json.bytes(body);
    executor.execute(
        () -> {
          try {
            http.send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (Exception e) {
            // Graph would retry later; the emulator does not.
          }
        });
  }

  void close() {
    executor.shutdownNow();
  }
}
