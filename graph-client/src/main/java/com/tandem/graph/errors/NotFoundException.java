package com.tandem.graph.errors;

/** The item does not exist (404): it was deleted or its id is wrong. */
public final class NotFoundException extends GraphException {

  public NotFoundException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
