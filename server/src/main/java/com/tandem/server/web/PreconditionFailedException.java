package com.tandem.server.web;

/** An {@code If-Match} that no longer matches the stored version: a 412. */
public class PreconditionFailedException extends RuntimeException {

  public PreconditionFailedException(String message) {
    super(message);
  }
}
