package com.tandem.engine.calendar;

import java.util.Objects;

/**
 * An Outlook attendee in Graph's vocabulary.
 *
 * @param name {@code emailAddress.name}
 * @param address {@code emailAddress.address}
 * @param type {@code required}, {@code optional} or {@code resource}
 * @param response {@code status.response}: {@code none}, {@code organizer}, {@code
 *     tentativelyAccepted}, {@code accepted}, {@code declined} or {@code notResponded}
 */
public record GraphAttendee(String name, String address, String type, String response) {

  /** Checks the arguments. */
  public GraphAttendee {
    Objects.requireNonNull(address, "address == null");
    Objects.requireNonNull(type, "type == null");
    response = response == null ? "none" : response;
  }
}
