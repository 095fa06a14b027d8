package com.tandem.server.activity;

import java.util.List;
import java.util.Objects;

/**
 * One rule an activity's input breaks: the field (a JSON path such as {@code attendees[2].email}),
 * a message code (the key {@code activity.problem.<code>} in the bundle) and its arguments.
 */
public record ActivityProblem(String field, String code, List<Object> args) {

  public ActivityProblem {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(code, "code == null");
    args = List.copyOf(args);
  }
}
