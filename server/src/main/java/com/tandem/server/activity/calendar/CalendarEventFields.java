package com.tandem.server.activity.calendar;

import com.tandem.server.activity.IanaZones;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.Problems;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a calendar event says: everything a person or the sync engine may write. {@code start} and
 * {@code end} are local date-times in {@code timeZone} (an IANA region id). Building one checks
 * every rule and throws {@link InvalidActivityException} listing all problems.
 */
public record CalendarEventFields(
    String title,
    String description,
    LocalDateTime start,
    LocalDateTime end,
    ZoneId timeZone,
    boolean allDay,
    String location,
    List<Attendee> attendees,
    Integer reminderMinutes,
    ShowAs showAs,
    boolean isPrivate,
    Recurrence recurrence) {

  /** The named zones, read once: the JDK copies its list on every call. */

  /** The longest title accepted. */
  public static final int MAX_TITLE = 255;

  /** The longest description accepted (64 KiB of characters). */
  public static final int MAX_DESCRIPTION = 65_536;

  /** The longest location accepted. */
  public static final int MAX_LOCATION = 255;

  /** The most attendees accepted. */
  public static final int MAX_ATTENDEES = 500;

  /** The longest reminder accepted: four weeks before. */
  public static final int MAX_REMINDER_MINUTES = 40_320;

  public CalendarEventFields {
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
    showAs = showAs == null ? ShowAs.BUSY : showAs;
    Problems problems = new Problems();
    problems.required("title", title, MAX_TITLE);
    problems.maxLength("description", description, MAX_DESCRIPTION);
    problems.maxLength("location", location, MAX_LOCATION);
    if (timeZone == null) {
      problems.add("timeZone", "required");
    } else if (!IanaZones.isRegion(timeZone)) {
      problems.add("timeZone", "unknownTimeZone");
    }
    if (start == null) {
      problems.add("start", "required");
    }
    if (end == null) {
      problems.add("end", "required");
    }
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.add("end", "endBeforeStart");
      } else if (allDay && (!isMidnight(start) || !isMidnight(end) || !end.isAfter(start))) {
        problems.add("end", "allDayWholeDays");
      }
    }
    if (attendees.size() > MAX_ATTENDEES) {
      problems.add("attendees", "tooMany", MAX_ATTENDEES);
    } else {
      for (int i = 0; i < attendees.size(); i++) {
        if (attendees.get(i) == null) {
          problems.add("attendees[" + i + "]", "required");
        } else {
          attendees.get(i).check("attendees[" + i + "]", problems);
        }
      }
    }
    problems.range("reminderMinutes", reminderMinutes, 0, MAX_REMINDER_MINUTES);
    if (recurrence != null) {
      recurrence.check("recurrence", problems);
    }
    problems.throwIfAny();
  }

  /** A simple one-off event with no attendees, shown as busy. */
  public static CalendarEventFields of(
      String title, LocalDateTime start, LocalDateTime end, ZoneId timeZone) {
    return new CalendarEventFields(
        title, null, start, end, timeZone, false, null, List.of(), null, ShowAs.BUSY, false, null);
  }

  private static boolean isMidnight(LocalDateTime t) {
    return t.toLocalTime().equals(LocalTime.MIDNIGHT);
  }
}
