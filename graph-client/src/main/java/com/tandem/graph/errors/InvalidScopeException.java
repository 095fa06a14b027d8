package com.tandem.graph.errors;

/**
 * The identity platform rejected the requested scopes (invalid_scope, AADSTS70011): fix the
 * configuration.
 */
public final class InvalidScopeException extends GraphException {

  public InvalidScopeException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
