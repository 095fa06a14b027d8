package com.tandem.server.activity;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Answers an activity page whose write lost a race with a page that says so; "not found" is left to
 * the back office's shared 404 page.
 */
@ControllerAdvice(annotations = ActivityPage.class)
class ActivityPageAdvice {

  @ExceptionHandler(StaleVersionException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String stale(Model model) {
    model.addAttribute("problem", "activity.page.stale");
    return "activity/problem";
  }
}
