package com.tandem.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@value #LIMIT_BYTES} bytes with a 413 problem before anything reads
 * them; no Tandem request needs more.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  static final long LIMIT_BYTES = 1024 * 1024;
  // Reading (and dropping) a moderately large body lets the client see the answer instead of a
  // connection reset; beyond this the connection is simply closed.
  private static final long DRAIN_BYTES = 32L * 1024 * 1024;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length <= LIMIT_BYTES) {
      chain.doFilter(request, response);
      return;
    }
    if (length <= DRAIN_BYTES) {
      try (InputStream body = request.getInputStream()) {
        body.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    ProblemResponses.write(
        response,
        HttpStatus.CONTENT_TOO_LARGE,
        "Request body too large",
        "The request body may hold at most 1 MB.",
        "body");
  }
}
