package com.tandem.emulator.graph;

import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** How Graph shapes answers: the error body and {@code @odata.context} on entities. */
final class GraphAnswers {
  private GraphAnswers() {}

  /** Adds {@code @odata.context} to single-entity answers, as Graph does. */
  static ApiResponse withContext(ApiResponse response, ApiRequest request, String origin) {
    if ((response.status() != 200 && response.status() != 201)
        || !(response.json() instanceof ObjectNode body)
        || body.has("@odata.context")
        || !body.has("id")) {
      return response;
    }
    List<String> segments = SchemaNames.segments(request.segments(1));
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      boolean id =
          i > 0 && (segments.get(i - 1).equals("users") || s.length() > 30 || s.contains("@"));
      if (id) {
        path.append("('").append(s).append("')");
      } else {
        path.append(path.length() == 0 ? "" : "/").append(s);
      }
    }
    ObjectNode out = Json.object();
    out.put("@odata.context", origin + "/v1.0/$metadata#" + path + "/$entity");
    out.setAll(body);
    ApiResponse copy = ApiResponse.json(response.status(), out);
    response.headers().forEach(copy::header);
    return response.dropped() ? copy.drop() : copy;
  }

  /** The Graph error body for an exception. */
  static ApiResponse error(
      GraphException e, String requestId, ApiRequest request, java.time.Clock clock) {
    ApiResponse r = e.answer(requestId, request.header("client-request-id"), clock.instant());
    if (e.status() == 429) {
      ObjectNode inner = (ObjectNode) r.json().get("error").get("innerError");
      inner.put("code", "429");
      inner.put("message", "Please retry after");
      inner.put("status", "429");
    }
    return r;
  }
}
