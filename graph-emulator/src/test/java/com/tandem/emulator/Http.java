package com.tandem.emulator;

import com.tandem.emulator.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A small HTTP client for tests against a running emulator. */
final class Http {
  /** An answer. */
  record Answer(int status, Map<String, List<String>> headers, String text) {
    JsonNode json() {
      return text.isEmpty() ? Json.object() : Json.MAPPER.readTree(text);
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    String code() {
      return json().path("error").path("code").asString();
    }
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private String token;

  Http(String base) {
    this.base = base;
  }

  Http token(String token) {
    this.token = token;
    return this;
  }

  /** A client signed in to the emulator's contoso tenant as {@code user} through the demo app. */
  static Http signedIn(GraphEmulator emulator, String user, String... scopes) {
    return new Http(emulator.baseUrl())
        .token(emulator.control().delegatedToken("contoso", user, Seed.DEMO_CLIENT_ID, scopes));
  }

  Answer get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Answer post(String path, Object body, String... headers) {
    return send("POST", path, body, headers);
  }

  Answer patch(String path, Object body, String... headers) {
    return send("PATCH", path, body, headers);
  }

  Answer delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  Answer put(String path, Object body) {
    return send("PUT", path, body);
  }

  Answer form(String path, Map<String, String> fields, String... headers) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) ->
            b.append(b.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    String[] all = new String[headers.length + 2];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "application/x-www-form-urlencoded";
    return raw("POST", path, b.toString(), all);
  }

  Answer send(String method, String path, Object body, String... headers) {
    String text =
        body == null ? null : body instanceof String s ? s : Json.MAPPER.writeValueAsString(body);
    String[] all = headers;
    if (text != null) {
      all = new String[headers.length + 2];
      System.arraycopy(headers, 0, all, 0, headers.length);
      all[headers.length] = "Content-Type";
      all[headers.length + 1] = "application/json";
    }
    return raw(method, path, text, all);
  }

  Answer raw(String method, String path, String body, String... headers) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
