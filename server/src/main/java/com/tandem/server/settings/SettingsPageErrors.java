package com.tandem.server.settings;

import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.InvalidInputException;
import com.tandem.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page instead of a stack trace when a settings page may not be seen or does not exist. */
@ControllerAdvice(
    assignableTypes = {MicrosoftSettingsPages.class, ConfigurationPages.class, AuditPage.class})
class SettingsPageErrors {

  @ExceptionHandler(NotFoundException.class)
  String notFound(HttpServletResponse response, Model model) {
    return problem(response, HttpServletResponse.SC_NOT_FOUND, "settings.notFound", model);
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(HttpServletResponse response, Model model) {
    return problem(response, HttpServletResponse.SC_FORBIDDEN, "settings.forbidden", model);
  }

  @ExceptionHandler(InvalidInputException.class)
  String invalid(HttpServletResponse response, Model model) {
    return problem(response, HttpServletResponse.SC_BAD_REQUEST, "settings.badRequest", model);
  }

  private static String problem(
      HttpServletResponse response, int status, String code, Model model) {
    response.setStatus(status);
    model.addAttribute("problem", code);
    return "settings/problem";
  }
}
