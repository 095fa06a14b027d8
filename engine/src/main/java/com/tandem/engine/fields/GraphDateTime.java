package com.tandem.engine.fields;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Graph's {@code dateTimeTimeZone}: a local date-time and the zone it is in (a Windows or IANA
 * name).
 *
 * @param dateTime the local date-time, e.g. {@code 2026-03-01T09:30:00.0000000}
 * @param timeZone a Windows zone name ({@code "Pacific Standard Time"}) or an IANA id
 */
public record GraphDateTime(String dateTime, String timeZone) {

  // Always with seconds, as Graph writes them.
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  /** Checks the arguments. */
  public GraphDateTime {
    Objects.requireNonNull(dateTime, "dateTime == null");
    Objects.requireNonNull(timeZone, "timeZone == null");
  }

  /** The given local date-time in the given zone, with the zone under its Graph name. */
  public static GraphDateTime of(LocalDateTime local, ZoneId zone) {
    return new GraphDateTime(FORMAT.format(local), TimeZones.toMicrosoft(zone));
  }

  /** The given instant in UTC. */
  public static GraphDateTime utc(Instant instant) {
    return new GraphDateTime(
        FORMAT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)), "UTC");
  }

  /** The local date-time. */
  public LocalDateTime local() {
    try {
      return LocalDateTime.parse(dateTime);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a local date-time: " + dateTime, e);
    }
  }

  /** The zone, mapped to IANA. */
  public ZoneId zone() {
    return TimeZones.fromMicrosoft(timeZone);
  }

  /** The instant this date-time stands for. */
  public Instant instant() {
    return local().atZone(zone()).toInstant();
  }
}
