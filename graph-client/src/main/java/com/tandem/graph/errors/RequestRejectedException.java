package com.tandem.graph.errors;

/** Graph refused the request as invalid (another 4xx): retrying it unchanged will not help. */
public final class RequestRejectedException extends GraphException {

  public RequestRejectedException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
