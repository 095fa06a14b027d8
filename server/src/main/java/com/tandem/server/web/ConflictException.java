package com.tandem.server.web;

/** A request that clashes with the current state, such as a duplicate name: a 409. */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field that clashes, or null. */
  public String field() {
    return field;
  }
}
