package com.tandem.graph.errors;

/**
 * The identity platform rejected the application's credentials (invalid_client): fix the client id
 * or secret.
 */
public final class InvalidClientException extends GraphException {

  public InvalidClientException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
