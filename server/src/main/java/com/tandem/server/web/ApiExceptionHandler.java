package com.tandem.server.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a REST call into RFC 9457 problem details; the one catch-all of the API,
 * so no stack trace ever reaches a caller.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalid(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.problems());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
  }

  @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
  ResponseEntity<Object> forbidden(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
  }

  @ExceptionHandler(PreconditionFailedException.class)
  ResponseEntity<Object> stale(PreconditionFailedException e) {
    return problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", e.getMessage(), null);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Object> conflict(ConflictException e) {
    List<FieldProblem> fields =
        e.field() == null ? null : List.of(new FieldProblem(e.field(), e.getMessage()));
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), fields);
  }

  @ExceptionHandler(BadGatewayException.class)
  ResponseEntity<Object> badGateway(BadGatewayException e) {
    return problem(HttpStatus.BAD_GATEWAY, "Microsoft 365 refused", e.getMessage(), null);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid input",
        "'" + e.getName() + "' has an invalid value",
        List.of(new FieldProblem(e.getName(), "invalid value")));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    log.error("Unexpected failure of an API call", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be done.", null);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = jsonField(e);
    if (field != null) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid input",
          "'" + field + "' has a value of the wrong type.",
          List.of(new FieldProblem(field, "has a value of the wrong type")));
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "Malformed request body",
        "The request body is not valid JSON of the expected shape.",
        List.of(new FieldProblem("body", "not valid JSON of the expected shape")));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    new FieldProblem(
                        f.getField(),
                        f.getDefaultMessage() == null ? "invalid" : f.getDefaultMessage()))
            .toList();
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid input",
        problems.isEmpty() ? "invalid input" : problems.get(0).message(),
        problems);
  }

  /**
   * The answers Spring's own handlers build (a missing parameter, an unreadable header, …) carry
   * the same fields as Tandem's: a type, a title and a detail besides the status.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      if (problem.getType() == null) {
        problem.setType(URI.create("about:blank"));
      }
      HttpStatus status = HttpStatus.resolve(statusCode.value());
      if (problem.getTitle() == null) {
        problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
      }
      if (problem.getDetail() == null) {
        problem.setDetail("The request could not be done (" + statusCode.value() + ").");
      }
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  /** The JSON field a mapping failure concerns ("attendees[0].email"), or null for bad syntax. */
  private static String jsonField(HttpMessageNotReadableException e) {
    if (!(e.getCause() instanceof tools.jackson.databind.DatabindException mapping)) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (tools.jackson.core.JacksonException.Reference ref : mapping.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  /** Builds a problem-details answer; {@code errors} lists the rejected fields when known. */
  static ResponseEntity<Object> problem(
      HttpStatus status, String title, String detail, List<FieldProblem> errors) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(title);
    body.setType(URI.create("about:blank"));
    if (errors != null && !errors.isEmpty()) {
      body.setProperty(
          "errors",
          errors.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
