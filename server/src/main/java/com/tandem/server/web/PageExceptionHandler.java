package com.tandem.server.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers the back office's 404 and 403 with a page in the layout (also for a path whose id is not
 * a number). The API's own advice comes first for REST controllers, so this one only meets page
 * controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  String notFound(HttpServletResponse response, Model model) {
    return page(response, model, 404);
  }

  /** A path whose id is not a number (/users/abc/...) names nothing. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String notAnId(HttpServletResponse response, Model model) {
    return page(response, model, 404);
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(HttpServletResponse response, Model model) {
    return page(response, model, 403);
  }

  private static String page(HttpServletResponse response, Model model, int status) {
    response.setStatus(status);
    model.addAttribute("status", status);
    return "web/problem";
  }
}
