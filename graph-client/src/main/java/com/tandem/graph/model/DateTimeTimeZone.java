package com.tandem.graph.model;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Graph's local date-time with the name of its time zone (Windows, e.g. "Pacific Standard Time", or
 * IANA, e.g. "Europe/Paris").
 *
 * @param dateTime the local date-time as Graph writes it ({@code 2017-04-15T11:00:00.0000000})
 * @param timeZone the time zone's name
 */
public record DateTimeTimeZone(String dateTime, String timeZone) {

  private static final DateTimeFormatter WIRE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** Checks that the date-time is an ISO local date-time; a missing zone means UTC, as in Graph. */
  public DateTimeTimeZone {
    Objects.requireNonNull(dateTime, "dateTime == null");
    timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
    try {
      LocalDateTime.parse(dateTime);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("dateTime is not an ISO local date-time: " + dateTime, e);
    }
  }

  /** A date-time in a time zone, written to whole seconds. */
  public static DateTimeTimeZone of(LocalDateTime dateTime, String timeZone) {
    Objects.requireNonNull(dateTime, "dateTime == null");
    return new DateTimeTimeZone(WIRE.format(dateTime.truncatedTo(ChronoUnit.SECONDS)), timeZone);
  }

  /** A date-time in UTC. */
  public static DateTimeTimeZone utc(LocalDateTime dateTime) {
    return of(dateTime, "UTC");
  }

  /** The local date-time. */
  public LocalDateTime localDateTime() {
    return LocalDateTime.parse(dateTime);
  }
}
