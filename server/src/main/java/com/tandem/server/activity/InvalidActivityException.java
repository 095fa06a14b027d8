package com.tandem.server.activity;

import java.util.List;

/** Activity input that breaks one or more rules; nothing was changed. */
public class InvalidActivityException extends RuntimeException {

  private final List<ActivityProblem> problems;

  /** An exception listing every problem found. */
  public InvalidActivityException(List<ActivityProblem> problems) {
    super(
        problems.isEmpty()
            ? "invalid input"
            : problems.get(0).field() + ": " + problems.get(0).code());
    this.problems = List.copyOf(problems);
  }

  /** The problems, by field. */
  public List<ActivityProblem> problems() {
    return problems;
  }
}
