package com.tandem.graph.errors;

/** Graph answered with a body the client cannot read (bad JSON or a missing field). */
public final class MalformedResponseException extends GraphException {

  public MalformedResponseException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
