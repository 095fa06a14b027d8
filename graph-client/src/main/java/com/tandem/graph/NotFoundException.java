package com.tandem.graph;

/** The item does not exist (404): it was deleted or its id is wrong. */
public final class NotFoundException extends GraphException {

  NotFoundException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
