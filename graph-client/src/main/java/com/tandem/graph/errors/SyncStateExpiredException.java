package com.tandem.graph.errors;

import java.net.URI;
import java.util.Optional;

/**
 * The delta token expired (410, {@code syncStateNotFound} or {@code resyncRequired}): drop it and
 * read everything again, relinking by id.
 */
public final class SyncStateExpiredException extends GraphException {

  private final transient URI location;

  public SyncStateExpiredException(GraphError error, URI location) {
    super(error, null);
    this.location = location;
  }

  /** The fresh request Graph proposed in a {@code Location} header, when it sent one. */
  public Optional<URI> location() {
    return Optional.ofNullable(location);
  }
}
