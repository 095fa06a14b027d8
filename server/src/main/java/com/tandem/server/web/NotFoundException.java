package com.tandem.server.web;

/** Something that does not exist, or that the caller may not even know exists: a 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
