package com.tandem.graph.errors;

/** Graph failed or could not be reached (5xx, or no response): try again later with back-off. */
public final class GraphServerException extends GraphException {

  public GraphServerException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
