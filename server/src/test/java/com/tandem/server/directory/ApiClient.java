package com.tandem.server.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A caller of Tandem's REST API over real HTTP, signed in with Basic or a bearer token. */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final String base;
  private final String authorization;

  private ApiClient(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static ApiClient basic(int port, String username, String password) {
    String pair = username + ":" + password;
    return new ApiClient(
        "http://localhost:" + port,
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  static ApiClient bearer(int port, String token) {
    return new ApiClient("http://localhost:" + port, "Bearer " + token);
  }

  static ApiClient anonymous(int port) {
    return new ApiClient("http://localhost:" + port, null);
  }

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  Answer post(String path, String json) {
    return send("POST", path, json, null);
  }

  Answer put(String path, String json, String ifMatch) {
    return send("PUT", path, json, ifMatch);
  }

  Answer delete(String path, String ifMatch) {
    return send("DELETE", path, null, ifMatch);
  }

  Answer send(String method, String path, String json, String ifMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Accept", "application/json, application/problem+json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One response: status, headers and the body as JSON. */
  record Answer(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    String body() {
      return response.body();
    }

    JsonNode json() {
      return JSON.readTree(response.body());
    }

    long id() {
      return json().get("id").asLong();
    }

    /** The fields named in a problem's {@code errors}. */
    java.util.List<String> errorFields() {
      java.util.List<String> fields = new java.util.ArrayList<>();
      json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
      return fields;
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
