package com.tandem.server.web.security;

import com.tandem.server.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (form post to {@code /login} or HTTP Basic) while {@link
 * SignInThrottle} says so, before any password is checked.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

  private final SignInThrottle throttle;

  SignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    String username = form ? request.getParameter("username") : basicUsername(request);
    if (!form && username == null) {
      chain.doFilter(request, response);
      return;
    }
    Duration wait = throttle.refusedFor(username, request.getRemoteAddr());
    if (wait.isZero()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    if (form) {
      response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
      return;
    }
    response.setHeader("Retry-After", Long.toString(seconds));
    ProblemResponses.write(
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many failed sign-ins",
        "Too many failed sign-ins, try again in " + seconds + " seconds.");
  }

  private static String basicUsername(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? pair : pair.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
