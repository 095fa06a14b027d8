package com.tandem.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One request inside a {@code $batch}.
 *
 * @param id the request's id, unique within the batch
 * @param method GET, POST, PATCH, PUT or DELETE
 * @param url the URL relative to the version, e.g. {@code /me/events/AAMk}
 * @param headers the request's headers
 * @param body the JSON body, or null
 * @param dependsOn the ids of requests that must succeed first
 */
public record BatchRequest(
    String id,
    String method,
    String url,
    Map<String, String> headers,
    JsonNode body,
    List<String> dependsOn) {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");

  /** Checks the id, method and relative URL, and copies headers and dependencies. */
  public BatchRequest {
    Checks.text(id, "id");
    Objects.requireNonNull(method, "method == null");
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unsupported method in a batch: " + method);
    }
    Checks.text(url, "url");
    if (!url.startsWith("/") || url.startsWith("//")) {
      throw new IllegalArgumentException("a batch url is relative to the version: " + url);
    }
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    if (dependsOn.contains(id)) {
      throw new IllegalArgumentException("request " + id + " depends on itself");
    }
  }

  /** A GET. */
  public static BatchRequest get(String id, String url) {
    return new BatchRequest(id, "GET", url, null, null, null);
  }

  /** A POST of a value written as JSON. */
  public static BatchRequest post(String id, String url, Object body) {
    return new BatchRequest(id, "POST", url, null, json(body), null);
  }

  /** A PATCH of a value written as JSON. */
  public static BatchRequest patch(String id, String url, Object body) {
    return new BatchRequest(id, "PATCH", url, null, json(body), null);
  }

  /** A DELETE. */
  public static BatchRequest delete(String id, String url) {
    return new BatchRequest(id, "DELETE", url, null, null, null);
  }

  /** This request with one more header (e.g. {@code If-Match}). */
  public BatchRequest withHeader(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(Checks.text(name, "name"), Objects.requireNonNull(value, "value == null"));
    return new BatchRequest(id, method, url, all, body, dependsOn);
  }

  /** This request, run only after the given requests succeeded. */
  public BatchRequest dependingOn(String... ids) {
    List<String> all = new ArrayList<>(dependsOn);
    all.addAll(List.of(ids));
    return new BatchRequest(id, method, url, headers, body, all);
  }

  private static JsonNode json(Object body) {
    Objects.requireNonNull(body, "body == null");
    return body instanceof JsonNode node ? node : GraphJson.object(body);
  }
}
