package com.tandem.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Problem-details answers written by the security filters, before any controller runs. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static AuthenticationEntryPoint entryPoint(HttpStatus status, String title) {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Tandem\"");
      write(response, status, title, "Sign in with HTTP Basic or a personal access token.");
    };
  }

  public static AccessDeniedHandler accessDenied() {
    return (request, response, e) ->
        write(response, HttpStatus.FORBIDDEN, "Forbidden", "You may not do this.");
  }

  public static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, null);
  }

  /** Writes a problem; when {@code field} is given, names it in the {@code errors} array. */
  public static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail, String field)
      throws IOException {
    String errors =
        field == null
            ? ""
            : ",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + detail + "\"}]";
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + detail
                + "\""
                + errors
                + "}");
  }
}
