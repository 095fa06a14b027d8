package com.tandem.server.activity;

import com.tandem.server.web.FieldProblem;
import com.tandem.server.web.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words the problems of activity input from the message bundle, for the API and the pages. */
@Component
public class ProblemMessages {

  private final MessageSource messages;

  ProblemMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** The API's 400 for these problems (API messages are English). */
  InvalidInputException invalidInput(InvalidActivityException e) {
    List<FieldProblem> problems =
        e.problems().stream()
            .map(p -> new FieldProblem(p.field(), message(p, Locale.ENGLISH)))
            .toList();
    return new InvalidInputException(problems);
  }

  /** The API's 400 for one request parameter. */
  public InvalidInputException invalidParameter(String name, String code, Object... args) {
    return new InvalidInputException(
        List.of(new FieldProblem(name, message(code, args, Locale.ENGLISH))));
  }

  /** One message per field (the first problem of each), for a page's form. */
  public Map<String, String> byField(InvalidActivityException e, Locale locale) {
    Map<String, String> result = new LinkedHashMap<>();
    for (ActivityProblem p : e.problems()) {
      result.putIfAbsent(p.field(), message(p, locale));
    }
    return result;
  }

  String message(ActivityProblem p, Locale locale) {
    return message(p.code(), p.args().toArray(), locale);
  }

  private String message(String code, Object[] args, Locale locale) {
    return messages.getMessage("activity.problem." + code, args, code, locale);
  }
}
