package com.tandem.emulator.batch;

import com.tandem.emulator.graph.GraphEndpoint;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import com.tandem.emulator.identity.Grant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1.0/$batch}: up to 20 requests, {@code dependsOn}, 424 for failed dependencies. */
public final class BatchEndpoint implements GraphEndpoint.Extension {
  private static final int MAX = 20;
  private static final Set<String> ECHOED =
      Set.of(
          "Content-Type",
          "Retry-After",
          "Location",
          "ETag",
          "Preference-Applied",
          "Cache-Control",
          "x-ms-resource-unit");

  private final BiFunction<ApiRequest, String, ApiResponse> executor;

  /** A batch endpoint running each request through {@code executor}. */
  public BatchEndpoint(BiFunction<ApiRequest, String, ApiResponse> executor) {
    this.executor = executor;
  }

  @Override
  public ApiResponse handle(ApiRequest request, Grant grant, String origin) {
    if (!request.method().equals("POST") || request.segments(1).size() != 1) {
      throw GraphException.badRequest("BadRequest", "Invalid batch request.");
    }
    JsonNode requests = request.json().get("requests");
    if (requests == null || !requests.isArray()) {
      throw GraphException.badRequest("BadRequest", "Invalid batch payload format.");
    }
    if (requests.size() > MAX) {
      throw GraphException.badRequest(
          "BadRequest", "The batch request can contain at most " + MAX + " requests.");
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode r : requests) {
      String id = Json.text(r, "id");
      if (id == null || !ids.add(id)) {
        throw GraphException.badRequest(
            "BadRequest",
            "Batch request contains a missing or duplicate request id: '" + id + "'.");
      }
      if (Json.text(r, "method") == null || Json.text(r, "url") == null) {
        throw GraphException.badRequest("BadRequest", "Each request needs a method and a url.");
      }
      if (r.has("body") && !hasContentType(r)) {
        throw GraphException.badRequest(
            "BadRequest",
            "A Content-Type header is required for request '" + id + "' with a body.");
      }
    }
    for (JsonNode r : requests) {
      for (JsonNode d : r.path("dependsOn")) {
        if (!ids.contains(d.asString())) {
          throw GraphException.badRequest(
              "BadRequest", "Request '" + Json.text(r, "id") + "' depends on an unknown request.");
        }
      }
    }
    Map<String, Integer> statuses = new HashMap<>();
    ObjectNode body = Json.object();
    ArrayNode responses = body.putArray("responses");
    boolean drop = false;
    for (JsonNode r : requests) {
      String id = Json.text(r, "id");
      ObjectNode item = responses.addObject();
      item.put("id", id);
      String failed = failedDependency(r, statuses);
      if (failed != null) {
        statuses.put(id, 424);
        item.put("status", 424);
        item.putObject("headers").put("Content-Type", "application/json");
        ObjectNode error = item.putObject("body").putObject("error");
        error.put("code", "FailedDependency");
        error.put("message", "The request depends on request '" + failed + "', which failed.");
        continue;
      }
      ApiResponse response = executor.apply(inner(r, request), origin);
      drop |= response.dropped();
      statuses.put(id, response.status());
      item.put("status", response.status());
      ObjectNode headers = item.putObject("headers");
      response
          .headers()
          .forEach(
              (k, v) -> {
                if (ECHOED.contains(k)) {
                  headers.put(k, v);
                }
              });
      if (response.json() != null) {
        item.set("body", response.json());
      }
    }
    ApiResponse out = ApiResponse.json(200, body);
    return drop ? out.drop() : out;
  }

  private static boolean hasContentType(JsonNode r) {
    for (Map.Entry<String, JsonNode> h : r.path("headers").properties()) {
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        return true;
      }
    }
    return false;
  }

  private static String failedDependency(JsonNode r, Map<String, Integer> statuses) {
    for (JsonNode d : r.path("dependsOn")) {
      Integer s = statuses.get(d.asString());
      if (s == null || s < 200 || s > 299) {
        return d.asString();
      }
    }
    return null;
  }

  private static ApiRequest inner(JsonNode r, ApiRequest outer) {
    String url = Json.text(r, "url");
    int v = url.indexOf("/v1.0/");
    if (v >= 0) {
      url = url.substring(v + "/v1.0".length());
    }
    if (!url.startsWith("/")) {
      url = "/" + url;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> h : r.path("headers").properties()) {
      headers.put(h.getKey(), h.getValue().asString());
    }
    for (String name : List.of("Authorization", "client-request-id")) {
      if (outer.header(name) != null && !headers.containsKey(name)) {
        headers.put(name, outer.header(name));
      }
    }
    byte[] body = r.has("body") ? Json.bytes(r.get("body")) : new byte[0];
    return ApiRequest.of(Json.text(r, "method"), "/v1.0" + url, headers, body);
  }
}
