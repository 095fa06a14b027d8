package com.tandem.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Graph error answer ({@code {"error":{"code","message",...}}}) raised by a handler. */
public final class GraphException extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, String> headers = new LinkedHashMap<>();

  /** An error with status, Graph code and message. */
  public GraphException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** 400 with a code. */
  public static GraphException badRequest(String code, String message) {
    return new GraphException(400, code, message);
  }

  /** 404 {@code ErrorItemNotFound}. */
  public static GraphException notFound() {
    return new GraphException(
        404, "ErrorItemNotFound", "The specified object was not found in the store.");
  }

  /** 403 {@code ErrorAccessDenied}. */
  public static GraphException accessDenied() {
    return new GraphException(
        403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
  }

  /** Adds a response header. */
  public GraphException header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** HTTP status. */
  public int status() {
    return status;
  }

  /** Graph error code. */
  public String code() {
    return code;
  }

  /** Extra response headers. */
  public Map<String, String> headers() {
    return headers;
  }
}
