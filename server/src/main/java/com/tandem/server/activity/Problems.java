package com.tandem.server.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of one input so that all of them are reported at once. */
public final class Problems {

  private final List<ActivityProblem> list = new ArrayList<>();

  public void add(String field, String code, Object... args) {
    list.add(new ActivityProblem(field, code, Arrays.asList(args)));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  boolean has(String field) {
    return list.stream().anyMatch(p -> p.field().equals(field));
  }

  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidActivityException(list);
    }
  }

  /** Checks an optional text's length. */
  public void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "tooLong", max);
    }
  }

  /** Checks a required text: present, not blank, not too long. */
  public void required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      add(field, "required");
    } else {
      maxLength(field, value, max);
    }
  }

  /** Checks an optional number's range. */
  public void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      add(field, "outOfRange", min, max);
    }
  }

  /** The longest e-mail address accepted (RFC 5321's limit). */
  public static final int MAX_ADDRESS = 320;

  /**
   * Checks a required e-mail address: present, at most {@value #MAX_ADDRESS} characters, one
   * {@code @} with text on both sides, no white space.
   */
  public void address(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "required");
    } else if (value.length() > MAX_ADDRESS) {
      add(field, "tooLong", MAX_ADDRESS);
    } else if (!looksLikeAnAddress(value)) {
      add(field, "email");
    }
  }

  private static boolean looksLikeAnAddress(String value) {
    int at = value.indexOf('@');
    return at > 0
        && at == value.lastIndexOf('@')
        && at < value.length() - 1
        && value.chars().noneMatch(Character::isWhitespace);
  }
}
