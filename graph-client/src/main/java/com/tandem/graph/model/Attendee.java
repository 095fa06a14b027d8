package com.tandem.graph.model;

import java.time.Instant;

/**
 * An event's attendee.
 *
 * @param type required, optional or resource
 * @param status the attendee's response, read-only
 * @param emailAddress who it is
 */
public record Attendee(AttendeeType type, Status status, EmailAddress emailAddress) {

  /** An attendee to invite. */
  public static Attendee of(AttendeeType type, String name, String address) {
    return new Attendee(type, null, EmailAddress.of(name, address));
  }

  /**
   * An attendee's or organizer's response.
   *
   * @param response e.g. {@code accepted}, {@code declined}, {@code none}, {@code organizer}
   * @param time when they responded
   */
  public record Status(String response, Instant time) {}
}
