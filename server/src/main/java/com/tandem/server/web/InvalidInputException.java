package com.tandem.server.web;

import java.util.List;

/** Input that breaks a rule; answered with 400 and the problems by field, and nothing changed. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  /** Shorthand for a single rejected field. */
  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldProblem(field, message)));
  }

  /** The rejected fields. */
  public List<FieldProblem> problems() {
    return problems;
  }
}
