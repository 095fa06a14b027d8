package com.tandem.server.activity;

import com.tandem.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers the activity pages' failures with a page that says what happened, never a trace. */
@ControllerAdvice(assignableTypes = {CalendarPage.class, TaskPage.class})
class ActivityPageAdvice {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("problem", "activity.page.notFound");
    return "activity/problem";
  }

  @ExceptionHandler(StaleVersionException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String stale(Model model) {
    model.addAttribute("problem", "activity.page.stale");
    return "activity/problem";
  }
}
