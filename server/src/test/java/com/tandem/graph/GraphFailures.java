package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.errors.ThrottledException;
import java.time.Duration;

/** The graph client's exceptions, for tests of code that handles them without a Graph server. */
public final class GraphFailures {

  private GraphFailures() {}

  public static ThrottledException throttled(Duration retryAfter) {
    return new ThrottledException(
        GraphError.of("GET /test", 429, "TooManyRequests", null, null), retryAfter);
  }

  public static PreconditionFailedException preconditionFailed() {
    return new PreconditionFailedException(
        GraphError.of("PATCH /test", 412, "ErrorIrresolvableConflict", null, null), null);
  }

  public static SyncStateExpiredException syncStateExpired() {
    return new SyncStateExpiredException(
        GraphError.of("GET /test/delta", 410, "syncStateNotFound", null, null), null);
  }

  public static GraphServerException serverError() {
    return new GraphServerException(
        GraphError.of("POST /test", 0, null, "no response", null), null);
  }
}
