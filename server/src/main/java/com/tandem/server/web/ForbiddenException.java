package com.tandem.server.web;

/** Something the caller may see but not do: a 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
