package com.tandem.graph;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The answer to one request inside a {@code $batch}.
 *
 * @param id the request's id
 * @param status its own HTTP status (424 when a dependency failed)
 * @param headers its own headers, such as {@code Retry-After} or {@code ETag}
 * @param body its JSON body, or null
 */
public record BatchResponse(String id, int status, Map<String, String> headers, JsonNode body) {

  /** Copies the headers. */
  public BatchResponse {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** Whether the request succeeded (2xx). */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /** A header's value, ignoring the case of its name. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
