package com.tandem.graph.errors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Graph or the identity platform said when it refused a request.
 *
 * @param request the method and path that failed, without query (e.g. {@code GET /me/events/1})
 * @param status the HTTP status, or 0 when no response arrived
 * @param code Graph's error code ({@code ErrorItemNotFound}) or OAuth's {@code error}, or null
 * @param message Graph's message or OAuth's {@code error_description}, or null
 * @param requestId Graph's {@code request-id} or the identity platform's {@code trace_id}, or null
 * @param identityCodes the identity platform's {@code error_codes} (AADSTS numbers), else empty
 */
public record GraphError(
    String request,
    int status,
    String code,
    String message,
    String requestId,
    List<Integer> identityCodes) {

  /** Checks that the request is named and copies the codes. */
  public GraphError {
    Objects.requireNonNull(request, "request == null");
    identityCodes = identityCodes == null ? List.of() : List.copyOf(identityCodes);
  }

  /** A Graph error without identity-platform codes. */
  public static GraphError of(
      String request, int status, String code, String message, String requestId) {
    return new GraphError(request, status, code, message, requestId, List.of());
  }

  /** The error code, when the response carried one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(code);
  }

  /** Whether the error code equals the given one, ignoring case. */
  public boolean hasCode(String expected) {
    return code != null && code.equalsIgnoreCase(expected);
  }

  /** One line for logs and exception messages; never holds tokens or bodies. */
  String describe() {
    StringBuilder text = new StringBuilder(request).append(" answered ");
    text.append(status == 0 ? "nothing" : String.valueOf(status));
    if (code != null) {
      text.append(' ').append(code);
    }
    if (message != null && !message.isBlank()) {
      text.append(": ").append(message.lines().findFirst().orElse(""));
    }
    if (requestId != null) {
      text.append(" (request-id ").append(requestId).append(')');
    }
    return text.toString();
  }
}
