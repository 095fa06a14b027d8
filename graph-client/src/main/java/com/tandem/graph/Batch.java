package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sends up to 20 requests in one {@code POST /$batch} round trip. */
public final class Batch {

  /** Graph's limit on requests in one batch. */
  public static final int MAX_REQUESTS = 20;

  private final GraphHttp http;

  Batch(GraphHttp http) {
    this.http = http;
  }

  /**
   * Sends the requests with the mailbox's token; each answer carries its own status, and a
   * throttled item its own {@code Retry-After}.
   */
  public BatchResult send(Mailbox mailbox, List<BatchRequest> requests) {
    check(requests);
    ArrayNode array = GraphJson.MAPPER.createArrayNode();
    for (BatchRequest request : requests) {
      array.add(json(request));
    }
    ObjectNode envelope = GraphJson.MAPPER.createObjectNode();
    envelope.set("requests", array);
    JsonNode answer = http.write(mailbox, "POST", http.uri("/$batch", Map.of()), envelope, null);
    GraphError context = GraphError.of("POST /$batch", 200, null, "not a batch answer", null);
    JsonNode responses = answer == null ? null : answer.get("responses");
    if (responses == null || !responses.isArray()) {
      throw new MalformedResponseException(context, null);
    }
    List<BatchResponse> parsed = new ArrayList<>();
    for (JsonNode response : responses) {
      parsed.add(response(response, context));
    }
    // Each member is a Graph request of its own (throttled and counted on its own by Graph).
    parsed.forEach(response -> http.responded(response.status()));
    Set<String> answered = new HashSet<>();
    parsed.forEach(response -> answered.add(response.id()));
    for (BatchRequest request : requests) {
      if (!answered.contains(request.id())) {
        throw new MalformedResponseException(context, null);
      }
    }
    return new BatchResult(parsed, http.errors());
  }

  /** Reads one entry of {@code responses}. */
  static BatchResponse response(JsonNode response, GraphError context) {
    String id = GraphJson.text(response, "id");
    JsonNode status = response.get("status");
    if (id == null || status == null || !status.canConvertToInt()) {
      throw new MalformedResponseException(context, null);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    JsonNode headerNode = response.get("headers");
    if (headerNode != null && headerNode.isObject()) {
      headerNode
          .properties()
          .forEach(entry -> headers.put(entry.getKey(), entry.getValue().asString()));
    }
    JsonNode body = response.get("body");
    return new BatchResponse(
        id, status.asInt(), headers, body == null || body.isNull() ? null : body);
  }

  private static void check(List<BatchRequest> requests) {
    if (requests == null || requests.isEmpty() || requests.size() > MAX_REQUESTS) {
      throw new IllegalArgumentException("a batch holds 1 to " + MAX_REQUESTS + " requests");
    }
    Set<String> ids = new HashSet<>();
    for (BatchRequest request : requests) {
      if (!ids.add(request.id())) {
        throw new IllegalArgumentException("duplicate request id in batch: " + request.id());
      }
    }
    for (BatchRequest request : requests) {
      for (String dependency : request.dependsOn()) {
        if (!ids.contains(dependency)) {
          throw new IllegalArgumentException(
              "request " + request.id() + " depends on unknown request " + dependency);
        }
      }
    }
  }

  private static ObjectNode json(BatchRequest request) {
    ObjectNode json = GraphJson.MAPPER.createObjectNode();
    json.put("id", request.id());
    json.put("method", request.method());
    json.put("url", request.url());
    Map<String, String> headers = new LinkedHashMap<>();
    String prefer = "IdType=\"ImmutableId\"";
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase("Prefer")) {
        // One Prefer header holds several preferences, comma-separated (RFC 7240).
        prefer += ", " + header.getValue();
      } else {
        headers.put(header.getKey(), header.getValue());
      }
    }
    headers.put("Prefer", prefer);
    if (request.body() != null
        && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
      headers.put("Content-Type", "application/json");
    }
    ObjectNode headerNode = json.putObject("headers");
    headers.forEach(headerNode::put);
    if (request.body() != null) {
      json.set("body", request.body());
    }
    if (!request.dependsOn().isEmpty()) {
      ArrayNode dependsOn = json.putArray("dependsOn");
      request.dependsOn().forEach(dependsOn::add);
    }
    return json;
  }
}
