package com.tandem.server.directory;

import com.tandem.server.web.FieldProblem;
import com.tandem.server.web.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every rejected field of one input, so the caller learns all problems at once. */
final class FieldChecks {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@-]*$");

  private final List<FieldProblem> problems = new ArrayList<>();

  /** Trims the text, and rejects it when blank or longer than {@code max}. */
  String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      reject(field, "must not be blank");
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      reject(field, "must be at most " + max + " characters");
      return null;
    }
    return trimmed;
  }

  String username(String field, String value) {
    String name = text(field, value, 100);
    if (name != null && !USERNAME.matcher(name).matches()) {
      reject(
          field, "may only contain letters, digits and . _ @ - (starting with a letter or digit)");
      return null;
    }
    return name;
  }

  String email(String field, String value) {
    String email = text(field, value, 320);
    if (email != null && !EMAIL.matcher(email).matches()) {
      reject(field, "must be an email address such as name@example.com");
      return null;
    }
    return email;
  }

  /** A new password: 8 to 72 bytes (the most bcrypt uses), not trimmed. */
  String password(String field, String value) {
    if (value == null || value.isEmpty()) {
      reject(field, "must not be blank");
      return null;
    }
    if (value.length() < 8) {
      reject(field, "must be at least 8 characters");
      return null;
    }
    if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
      reject(field, "must be at most 72 bytes");
      return null;
    }
    return value;
  }

  void reject(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /** Throws a 400 listing every problem found so far, if any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
