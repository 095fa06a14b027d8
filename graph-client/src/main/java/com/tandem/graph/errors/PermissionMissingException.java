package com.tandem.graph.errors;

/** The application or user lacks a permission (403): an administrator must grant it. */
public final class PermissionMissingException extends GraphException {

  public PermissionMissingException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
