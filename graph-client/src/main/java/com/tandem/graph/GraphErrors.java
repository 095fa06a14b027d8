package com.tandem.graph;

import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.PermissionMissingException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.RequestRejectedException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.errors.ThrottledException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns Graph's error responses into the exception that tells the caller what to do. */
final class GraphErrors {

  private final Clock clock;

  GraphErrors(Clock clock) {
    this.clock = clock;
  }

  /** The exception for a non-2xx response; the body may be empty or not JSON at all. */
  GraphException toException(String request, int status, HttpHeaders headers, JsonNode body) {
    JsonNode error = body == null ? null : body.get("error");
    JsonNode inner = error == null ? null : innerError(error);
    String code = GraphJson.text(error, "code");
    String message = GraphJson.text(error, "message");
    String requestId = headers.firstValue("request-id").orElse(GraphJson.text(inner, "request-id"));
    GraphError details = GraphError.of(request, status, code, message, requestId);
    return classify(details, headers);
  }

  /** The exception for a non-2xx response whose raw body has not been parsed yet. */
  GraphException toException(String request, int status, HttpHeaders headers, byte[] body) {
    return toException(request, status, headers, lenientTree(body));
  }

  private GraphException classify(GraphError error, HttpHeaders headers) {
    int status = error.status();
    boolean clientError = status >= 400 && status < 500;
    if (status == 410
        || clientError && (error.hasCode("syncStateNotFound") || error.hasCode("resyncRequired"))) {
      return new SyncStateExpiredException(error, location(headers));
    }
    Optional<Duration> retryAfter = retryAfter(headers);
    if (status == 429 || (status == 503 || status == 504) && retryAfter.isPresent()) {
      return new ThrottledException(error, retryAfter.orElse(null));
    }
    if (status == 412 || status == 409 && error.hasCode("ErrorIrresolvableConflict")) {
      return new PreconditionFailedException(error, null);
    }
    if (status == 404) {
      return new NotFoundException(error, null);
    }
    if (status == 401) {
      return new AuthenticationException(error, null);
    }
    if (status == 403) {
      return new PermissionMissingException(error, null);
    }
    if (status >= 500) {
      return new GraphServerException(error, null);
    }
    return new RequestRejectedException(error, null);
  }

  /** Reads {@code Retry-After} as whole or decimal seconds (rounded up) or as an HTTP date. */
  Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    try {
      BigDecimal seconds = new BigDecimal(text).setScale(0, RoundingMode.CEILING);
      return seconds.signum() < 0
          ? Optional.empty()
          : Optional.of(Duration.ofSeconds(seconds.longValueExact()));
    } catch (NumberFormatException | ArithmeticException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), when.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static URI location(HttpHeaders headers) {
    try {
      return headers.firstValue("Location").map(URI::create).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static JsonNode innerError(JsonNode error) {
    JsonNode inner = error.get("innerError");
    return inner != null ? inner : error.get("innererror");
  }

  private static JsonNode lenientTree(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return GraphJson.MAPPER.readTree(body);
    } catch (JacksonException e) {
      return null;
    }
  }
}
