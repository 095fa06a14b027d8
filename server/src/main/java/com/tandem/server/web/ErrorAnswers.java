package com.tandem.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that no controller answered (an unknown path, a method or media type a path does not
 * take, a path the firewall refuses, a failure before any controller ran) in Tandem's own words:
 * RFC 9457 problem details under {@code /api}, a page in the layout elsewhere. Takes the place of
 * Spring Boot's default error answers, so no caller ever sees {@code {timestamp, status, error}}.
 */
@Controller
class ErrorAnswers implements ErrorController {

  /** The statuses the error page has words for; any other is shown as its class (4xx or 5xx). */
  private static final Set<Integer> PAGE_STATUSES = Set.of(400, 403, 404, 405, 413, 415, 500);

  @RequestMapping("/error")
  Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpStatus status = status(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s : request.getRequestURI();
    if (path.startsWith("/api/") || path.equals("/api")) {
      ResponseEntity<Object> problem =
          ApiExceptionHandler.problem(status, title(status), detail(status), null);
      if (problem.getBody() instanceof ProblemDetail detail) {
        // The path asked for, not this error page's.
        detail.setInstance(instance(path));
      }
      return problem;
    }
    int shown =
        PAGE_STATUSES.contains(status.value())
            ? status.value()
            : status.is4xxClientError() ? 400 : 500;
    response.setStatus(status.value());
    model.addAttribute("status", shown);
    return "web/problem";
  }

  private static URI instance(String path) {
    try {
      return new URI(null, null, path, null);
    } catch (URISyntaxException e) {
      return URI.create("about:blank");
    }
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
    if (status == null || !status.isError()) {
      return HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return status;
  }

  private static String title(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "Malformed request";
      case NOT_FOUND -> "Not found";
      case METHOD_NOT_ALLOWED -> "Method not allowed";
      case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
      case NOT_ACCEPTABLE -> "Not acceptable";
      case CONTENT_TOO_LARGE -> "Request body too large";
      case INTERNAL_SERVER_ERROR -> "Internal error";
      default -> status.getReasonPhrase();
    };
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "The request's path, query or body could not be read.";
      case NOT_FOUND -> "Nothing exists at this path.";
      case METHOD_NOT_ALLOWED -> "This path does not take this method (see the Allow header).";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json in UTF-8.";
      case NOT_ACCEPTABLE -> "The API answers in application/json.";
      case CONTENT_TOO_LARGE -> "The request body may hold at most 1 MB.";
      case INTERNAL_SERVER_ERROR -> "The request could not be done.";
      default -> "The request could not be done (" + status.value() + ").";
    };
  }
}
