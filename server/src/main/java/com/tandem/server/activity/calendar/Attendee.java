package com.tandem.server.activity.calendar;

import com.tandem.server.activity.Problems;

/** A person or resource invited to an event, and their answer. */
public record Attendee(String email, String name, Type type, Response response) {

  /** The longest e-mail address accepted. */
  public static final int MAX_EMAIL = 320;

  /** The longest display name accepted. */
  public static final int MAX_NAME = 255;

  /** Whether the attendee is needed. */
  public enum Type {
    REQUIRED,
    OPTIONAL,
    RESOURCE
  }

  /** The attendee's answer to the invitation. */
  public enum Response {
    NONE,
    ORGANIZER,
    TENTATIVELY_ACCEPTED,
    ACCEPTED,
    DECLINED,
    NOT_RESPONDED
  }

  public Attendee {
    type = type == null ? Type.REQUIRED : type;
    response = response == null ? Response.NONE : response;
  }

  /** A required attendee who has not answered yet. */
  public static Attendee required(String email, String name) {
    return new Attendee(email, name, Type.REQUIRED, Response.NONE);
  }

  void check(String path, Problems problems) {
    if (email == null || email.isBlank()) {
      problems.add(path + ".email", "required");
    } else if (email.length() > MAX_EMAIL) {
      problems.add(path + ".email", "tooLong", MAX_EMAIL);
    } else if (!looksLikeAnAddress(email)) {
      problems.add(path + ".email", "email");
    }
    problems.maxLength(path + ".name", name, MAX_NAME);
  }

  private static boolean looksLikeAnAddress(String value) {
    int at = value.indexOf('@');
    return at > 0
        && at == value.lastIndexOf('@')
        && at < value.length() - 1
        && value.chars().noneMatch(Character::isWhitespace);
  }
}
