package com.tandem.graph.errors;

/**
 * The item changed since the caller read it (412, or 409 ErrorIrresolvableConflict): re-read and
 * decide again.
 */
public final class PreconditionFailedException extends GraphException {

  public PreconditionFailedException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
