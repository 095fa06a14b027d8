package com.tandem.engine.calendar;

import com.tandem.engine.fields.Canonical;
import com.tandem.engine.fields.TimeZones;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A wall-clock time in an IANA time zone, as an event's start or end.
 *
 * @param local the local date-time
 * @param zone the IANA zone
 */
public record EventTime(LocalDateTime local, ZoneId zone) {

  /** Checks the arguments. */
  public EventTime {
    Objects.requireNonNull(local, "local == null");
    Objects.requireNonNull(zone, "zone == null");
  }

  /** The given local date-time in the zone with the given IANA id. */
  public static EventTime of(String local, String zone) {
    return new EventTime(LocalDateTime.parse(local), ZoneId.of(zone));
  }

  /** The instant this time stands for. */
  public Instant instant() {
    return local.atZone(zone).toInstant();
  }

  /** The same instant shown in another zone. */
  public EventTime in(ZoneId other) {
    return new EventTime(LocalDateTime.ofInstant(instant(), other), other);
  }

  /** The instant in UTC and the zone's equivalence class, so equal times compare equal. */
  String canonical() {
    return Canonical.instant(instant()) + "@" + TimeZones.canonical(zone);
  }
}
