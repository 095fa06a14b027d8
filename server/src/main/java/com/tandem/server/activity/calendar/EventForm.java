package com.tandem.server.activity.calendar;

import com.tandem.server.activity.IanaZones;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.Problems;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the calendar page's form sends: text as typed, turned into {@link CalendarEventFields} by
 * {@link #toFields}, which reports each problem under the form field it belongs to.
 */
record EventForm(
    String title,
    String description,
    String start,
    String end,
    String timeZone,
    Boolean allDay,
    String location,
    String attendees,
    String reminderMinutes,
    String showAs,
    Boolean isPrivate,
    String repeat,
    String repeatUntil,
    Long version) {

  /** The repeat choices the form offers; KEEP leaves a series the form cannot show unchanged. */
  static final List<String> REPEATS = List.of("NONE", "DAILY", "WEEKLY", "MONTHLY", "YEARLY");

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** An empty form for an hour starting at nine on the given day. */
  static EventForm blank(LocalDate day, String zone) {
    LocalDateTime start = day.atTime(9, 0);
    return new EventForm(
        "",
        "",
        INPUT.format(start),
        INPUT.format(start.plusHours(1)),
        zone,
        false,
        "",
        "",
        "",
        ShowAs.BUSY.name(),
        false,
        "NONE",
        "",
        null);
  }

  /** The form showing a stored event. */
  static EventForm of(CalendarEvent event) {
    CalendarEventFields f = event.fields();
    LocalDateTime end = f.allDay() ? f.end().minusDays(1) : f.end();
    StringBuilder attendees = new StringBuilder();
    for (Attendee a : f.attendees()) {
      attendees.append(a.name() == null ? a.email() : a.name() + " <" + a.email() + ">");
      attendees.append('\n');
    }
    String repeat = repeatOf(f.recurrence());
    String until =
        f.recurrence() != null && f.recurrence().range().endDate() != null
            ? f.recurrence().range().endDate().toString()
            : "";
    return new EventForm(
        f.title(),
        f.description() == null ? "" : f.description(),
        INPUT.format(f.start()),
        INPUT.format(end),
        f.timeZone().getId(),
        f.allDay(),
        f.location() == null ? "" : f.location(),
        attendees.toString(),
        f.reminderMinutes() == null ? "" : f.reminderMinutes().toString(),
        f.showAs().name(),
        f.isPrivate(),
        repeat,
        until,
        event.version());
  }

  /**
   * The event this form describes; {@code existing} is the stored series, kept as it is when the
   * form says KEEP. Throws {@link InvalidActivityException} with form field names.
   */
  CalendarEventFields toFields(Recurrence existing) {
    Problems problems = new Problems();
    boolean wholeDays = Boolean.TRUE.equals(allDay);
    LocalDateTime from = dateTime("start", start, problems);
    LocalDateTime to = dateTime("end", end, problems);
    if (wholeDays && from != null && to != null) {
      from = from.toLocalDate().atStartOfDay();
      to = to.toLocalDate().plusDays(1).atStartOfDay();
    }
    ZoneId zone = null;
    if (blank(timeZone)) {
      problems.add("timeZone", "required");
    } else if (!IanaZones.isRegion(timeZone.trim())) {
      problems.add("timeZone", "unknownTimeZone");
    } else {
      zone = ZoneId.of(timeZone.trim());
    }
    Integer reminder = null;
    if (!blank(reminderMinutes)) {
      try {
        reminder = Integer.valueOf(reminderMinutes.trim());
      } catch (NumberFormatException e) {
        problems.add("reminderMinutes", "notInteger");
      }
    }
    ShowAs show = ShowAs.BUSY;
    try {
      show = blank(showAs) ? ShowAs.BUSY : ShowAs.valueOf(showAs);
    } catch (IllegalArgumentException e) {
      problems.add("showAs", "oneOf", List.of(ShowAs.values()).toString());
    }
    Recurrence recurrence = recurrence(from, existing, problems);
    CalendarEventFields fields = null;
    try {
      fields =
          new CalendarEventFields(
              title == null ? null : title.strip(),
              emptyToNull(description),
              from,
              to,
              zone,
              wholeDays,
              emptyToNull(location),
              attendeeList(),
              reminder,
              show,
              Boolean.TRUE.equals(isPrivate),
              recurrence);
    } catch (InvalidActivityException e) {
      // report the typing problems and the rules' problems together, under the form's fields
      e.problems().forEach(x -> problems.add(formField(x.field()), x.code(), x.args().toArray()));
    }
    problems.throwIfAny();
    return fields;
  }

  private Recurrence recurrence(LocalDateTime from, Recurrence existing, Problems problems) {
    String choice = blank(repeat) ? "NONE" : repeat;
    if (choice.equals("KEEP")) {
      return existing;
    }
    if (choice.equals("NONE") || from == null) {
      return null;
    }
    LocalDate first = from.toLocalDate();
    RecurrencePattern pattern =
        switch (choice) {
          case "DAILY" -> RecurrencePattern.daily(1);
          case "WEEKLY" -> RecurrencePattern.weekly(1, List.of(first.getDayOfWeek()));
          case "MONTHLY" ->
              new RecurrencePattern(
                  RecurrencePattern.Type.ABSOLUTE_MONTHLY,
                  1,
                  List.of(),
                  first.getDayOfMonth(),
                  null,
                  null,
                  null);
          case "YEARLY" ->
              new RecurrencePattern(
                  RecurrencePattern.Type.ABSOLUTE_YEARLY,
                  1,
                  List.of(),
                  first.getDayOfMonth(),
                  first.getMonthValue(),
                  null,
                  null);
          default -> null;
        };
    if (pattern == null) {
      problems.add("repeat", "oneOf", String.join(", ", REPEATS));
      return null;
    }
    if (blank(repeatUntil)) {
      return new Recurrence(pattern, RecurrenceRange.noEnd(first), List.of());
    }
    try {
      LocalDate until = LocalDate.parse(repeatUntil.trim());
      if (until.isBefore(first)) {
        problems.add("repeatUntil", "endBeforeStart");
        return null;
      }
      return new Recurrence(pattern, RecurrenceRange.until(first, until), List.of());
    } catch (DateTimeParseException e) {
      problems.add("repeatUntil", "date");
      return null;
    }
  }

  /** Which of the form's choices a stored series is, or KEEP when the form cannot show it. */
  static String repeatOf(Recurrence r) {
    if (r == null) {
      return "NONE";
    }
    RecurrencePattern p = r.pattern();
    if (!r.exceptions().isEmpty()
        || p.interval() != 1
        || r.range().type() == RecurrenceRange.Type.NUMBERED) {
      return "KEEP";
    }
    return switch (p.type()) {
      case DAILY -> "DAILY";
      case WEEKLY -> p.daysOfWeek().size() == 1 ? "WEEKLY" : "KEEP";
      case ABSOLUTE_MONTHLY -> "MONTHLY";
      case ABSOLUTE_YEARLY -> "YEARLY";
      default -> "KEEP";
    };
  }

  /** One attendee per line, as {@code Name <address>} or just the address. */
  private List<Attendee> attendeeList() {
    List<Attendee> result = new ArrayList<>();
    if (attendees == null) {
      return result;
    }
    for (String line : attendees.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      int open = l.lastIndexOf('<');
      if (open >= 0 && l.endsWith(">")) {
        String name = l.substring(0, open).strip();
        result.add(
            Attendee.required(l.substring(open + 1, l.length() - 1).strip(), emptyToNull(name)));
      } else {
        result.add(Attendee.required(l, null));
      }
    }
    return result;
  }

  /** The form field a problem of the fields belongs to. */
  static String formField(String field) {
    if (field.startsWith("attendees")) {
      return "attendees";
    }
    if (field.startsWith("recurrence")) {
      return "repeat";
    }
    return field;
  }

  private static LocalDateTime dateTime(String field, String value, Problems problems) {
    if (blank(value)) {
      problems.add(field, "required");
      return null;
    }
    try {
      return LocalDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(field, "localDateTime");
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The time zones offered in the form's suggestion list. */
  static List<String> zones() {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }
}
