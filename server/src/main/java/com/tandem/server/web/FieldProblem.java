package com.tandem.server.web;

import java.util.Objects;

/** One rejected input: the field it concerns and a message a person can act on. */
public record FieldProblem(String field, String message) {

  public FieldProblem {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(message, "message == null");
  }
}
