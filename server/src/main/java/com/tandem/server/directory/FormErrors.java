package com.tandem.server.directory;

import com.tandem.server.web.ConflictException;
import com.tandem.server.web.FieldProblem;
import com.tandem.server.web.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field problems of a rejected form, keyed by field, for showing next to each input. */
final class FormErrors {

  private FormErrors() {}

  static Map<String, String> of(RuntimeException e) {
    List<FieldProblem> problems;
    if (e instanceof InvalidInputException invalid) {
      problems = invalid.problems();
    } else if (e instanceof ConflictException conflict && conflict.field() != null) {
      problems = List.of(new FieldProblem(conflict.field(), conflict.getMessage()));
    } else {
      problems = List.of(new FieldProblem("form", String.valueOf(e.getMessage())));
    }
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
    }
    return byField;
  }
}
