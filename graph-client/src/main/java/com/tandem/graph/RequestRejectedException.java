package com.tandem.graph;

/** Graph refused the request as invalid (another 4xx): retrying it unchanged will not help. */
public final class RequestRejectedException extends GraphException {

  RequestRejectedException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
