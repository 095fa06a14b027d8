package com.tandem.server.activity.calendar;

import com.tandem.server.activity.Problems;

/** A person or resource invited to an event, and their answer. */
public record Attendee(String email, String name, Type type, Response response) {

  /** The longest e-mail address accepted. */
  public static final int MAX_EMAIL = Problems.MAX_ADDRESS;

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
    problems.address(path + ".email", email);
    problems.maxLength(path + ".name", name, MAX_NAME);
  }
}
