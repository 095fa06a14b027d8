package com.tandem.graph;

/** The application or user lacks a permission (403): an administrator must grant it. */
public final class PermissionMissingException extends GraphException {

  PermissionMissingException(GraphError error, Throwable cause) {
    super(error, cause);
  }
}
