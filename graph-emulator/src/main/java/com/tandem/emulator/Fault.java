package com.tandem.emulator;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A fault to inject into the next {@code count} matching requests.
 *
 * @param method HTTP method to match, or null for any
 * @param pathPattern regular expression the request path must match (find)
 * @param count how many requests it affects
 * @param status status to answer with instead of handling, or null
 * @param retryAfterSeconds {@code Retry-After} to send with {@code status}, or null
 * @param latencyMillis delay before handling, or null
 * @param dropAfterApply handle the request, then close the connection without answering
 */
public record Fault(
    String method,
    String pathPattern,
    int count,
    Integer status,
    Integer retryAfterSeconds,
    Long latencyMillis,
    boolean dropAfterApply) {

  /** Checks the fault. */
  public Fault {
    if (pathPattern == null) {
      pathPattern = ".*";
    }
    try {
      Pattern.compile(pathPattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pathPattern is not a regular expression");
    }
    if (count < 1) {
      count = 1;
    }
    if (status != null && (status < 100 || status > 599)) {
      throw new IllegalArgumentException("status must be an HTTP status");
    }
    if (status == null && latencyMillis == null && !dropAfterApply) {
      throw new IllegalArgumentException("a fault needs status, latencyMillis or dropAfterApply");
    }
  }

  /** The next {@code count} requests matching get {@code status} with {@code Retry-After}. */
  public static Fault status(
      String method, String pathPattern, int count, int status, Integer retryAfter) {
    return new Fault(method, pathPattern, count, status, retryAfter, null, false);
  }

  /** The next {@code count} matching requests are delayed. */
  public static Fault latency(String method, String pathPattern, int count, long millis) {
    return new Fault(method, pathPattern, count, null, null, millis, false);
  }

  /** The next {@code count} matching requests are applied, then their connection is dropped. */
  public static Fault drop(String method, String pathPattern, int count) {
    return new Fault(method, pathPattern, count, null, null, null, true);
  }
}
