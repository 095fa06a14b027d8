package com.tandem.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** A Graph error answer ({@code {"error":{"code","message",...}}}) raised by a handler. */
public final class GraphException extends RuntimeException {
  private static final DateTimeFormatter ERROR_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

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

  /**
   * This error as Graph answers it: {@code {"error":{"code","message","innerError":{"date",
   * "request-id","client-request-id"}}}} with its headers and a {@code request-id} header.
   */
  public ApiResponse answer(String requestId, String clientRequestId, Instant now) {
    ObjectNode body = Json.object();
    ObjectNode error = body.putObject("error");
    error.put("code", code);
    error.put("message", getMessage());
    ObjectNode inner = error.putObject("innerError");
    inner.put("date", ERROR_DATE.format(now));
    inner.put("request-id", requestId);
    inner.put("client-request-id", clientRequestId == null ? requestId : clientRequestId);
    ApiResponse answer = ApiResponse.json(status, body);
    headers.forEach(answer::header);
    return answer.header("request-id", requestId);
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
