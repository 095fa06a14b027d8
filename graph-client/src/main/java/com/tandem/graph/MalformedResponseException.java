package com.tandem.graph;

/** Graph answered with a body the client cannot read (bad JSON or a missing field). */
public final class MalformedResponseException extends GraphException {

  MalformedResponseException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
