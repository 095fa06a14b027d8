package com.tandem.graph;

/** Graph failed or could not be reached (5xx, or no response): try again later with back-off. */
public final class GraphServerException extends GraphException {

  GraphServerException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
