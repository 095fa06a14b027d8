package com.tandem.engine.calendar;

import com.tandem.engine.fields.Canonical;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone invited to an event.
 *
 * @param name the display name (may be empty)
 * @param address the email address
 * @param type required, optional or a resource (a room, equipment)
 * @param response the attendee's answer so far
 */
public record Attendee(String name, String address, Type type, Response response) {

  /** Checks the arguments; a missing name is empty. */
  public Attendee {
    name = name == null ? "" : name;
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("an attendee needs an address");
    }
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(response, "response == null");
  }

  /** A required attendee who has not answered. */
  public static Attendee required(String name, String address) {
    return new Attendee(name, address, Type.REQUIRED, Response.NONE);
  }

  String canonical() {
    return address.strip().toLowerCase(Locale.ROOT)
        + "/"
        + Canonical.text(name)
        + "/"
        + type
        + "/"
        + response;
  }

  /** How an attendee is invited. */
  public enum Type {
    /** Must attend. */
    REQUIRED,
    /** May attend. */
    OPTIONAL,
    /** A room or piece of equipment. */
    RESOURCE
  }

  /** An attendee's answer. */
  public enum Response {
    /** No answer recorded. */
    NONE,
    /** The attendee organizes the event. */
    ORGANIZER,
    /** Tentatively accepted. */
    TENTATIVE,
    /** Accepted. */
    ACCEPTED,
    /** Declined. */
    DECLINED,
    /** Invited, not yet answered. */
    NOT_RESPONDED
  }
}
