package com.tandem.graph.errors;

import java.util.Optional;

/** A refused or failed call to Graph or the identity platform; subclasses say what to do next. */
public abstract sealed class GraphException extends RuntimeException
    permits ThrottledException,
        PreconditionFailedException,
        SyncStateExpiredException,
        NotFoundException,
        AuthenticationException,
        PermissionMissingException,
        GraphServerException,
        MalformedResponseException,
        RequestRejectedException,
        InvalidClientException,
        InvalidScopeException {

  private final transient GraphError error;

  GraphException(GraphError error, Throwable cause) {
    super(error.describe(), cause);
    this.error = error;
  }

  /** The details of the failure as Graph reported them. */
  public GraphError error() {
    return error;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return error.status();
  }

  /** Graph's error code, or the identity platform's {@code error}, when there was one. */
  public Optional<String> code() {
    return Optional.ofNullable(error.code());
  }

  /** Graph's {@code request-id} (or the identity platform's trace id), for support requests. */
  public Optional<String> requestId() {
    return Optional.ofNullable(error.requestId());
  }
}
