package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.MalformedResponseException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The answers of a {@code $batch}, by request id, each failure mapped like a single call's. */
public final class BatchResult {

  private final Map<String, BatchResponse> responses;
  private final GraphErrors errors;

  BatchResult(List<BatchResponse> responses, GraphErrors errors) {
    this.responses =
        responses.stream().collect(Collectors.toMap(BatchResponse::id, Function.identity()));
    this.errors = errors;
  }

  /** The answer to the request with this id. */
  public BatchResponse response(String id) {
    BatchResponse response = responses.get(id);
    if (response == null) {
      throw new NoSuchElementException("no response for request " + id);
    }
    return response;
  }

  /** The exception a single call would have raised for this request, if it failed. */
  public Optional<GraphException> failure(String id) {
    BatchResponse response = response(id);
    if (response.succeeded()) {
      return Optional.empty();
    }
    return Optional.of(failureOf(response, errors));
  }

  /** The body of a successful request as a value; a failed one throws its exception. */
  public <T> T body(String id, Class<T> type) {
    BatchResponse response = response(id);
    if (!response.succeeded()) {
      throw failureOf(response, errors);
    }
    GraphError context =
        GraphError.of("$batch " + id, response.status(), null, "unreadable body", null);
    if (response.body() == null) {
      throw new MalformedResponseException(context, null);
    }
    return GraphJson.value(response.body(), type, context);
  }

  /** The JSON body of a successful request; a failed one throws its exception. */
  JsonNode json(String id) {
    BatchResponse response = response(id);
    if (!response.succeeded()) {
      throw failureOf(response, errors);
    }
    if (response.body() == null) {
      throw new MalformedResponseException(
          GraphError.of("$batch " + id, response.status(), null, "no body", null), null);
    }
    return response.body();
  }

  /** How many answers the batch holds. */
  public int size() {
    return responses.size();
  }

  static GraphException failureOf(BatchResponse response, GraphErrors errors) {
    Map<String, List<String>> headers =
        response.headers().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
    return errors.toException(
        "$batch request " + response.id(),
        response.status(),
        HttpHeaders.of(headers, (name, value) -> true),
        response.body());
  }
}
