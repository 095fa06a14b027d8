package com.tandem.bench.sync;

import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.tasks.TaskFields;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The items the benchmarks move: event {@code i} is a half-hour meeting on working hours, twenty a
 * day from tomorrow on (10,000 of them reach 500 days ahead, inside the default window of 730);
 * task {@code i} is due a day in the next four weeks. The same {@code i} gives the same content in
 * Graph's JSON and in the CRM's fields.
 */
final class SampleItems {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private final LocalDate firstDay;

  SampleItems(LocalDate today) {
    this.firstDay = today.plusDays(1);
  }

  /** Event {@code i}'s start (UTC). */
  LocalDateTime start(int i) {
    return firstDay.plusDays(i / 20).atTime(8, 0).plusMinutes(30L * (i % 20));
  }

  /** Task {@code i}'s due date. */
  LocalDate due(int i) {
    return firstDay.plusDays(i % 28);
  }

  /** Event {@code i} as Graph's create body. */
  String eventJson(int i) {
    return "{\"subject\":\"Customer meeting "
        + i
        + "\",\"body\":{\"contentType\":\"text\",\"content\":\"Agenda for meeting "
        + i
        + "\"},\"start\":{\"dateTime\":\""
        + LOCAL.format(start(i))
        + "\",\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\""
        + LOCAL.format(start(i).plusMinutes(30))
        + "\",\"timeZone\":\"UTC\"},\"location\":{\"displayName\":\"Room "
        + (i % 10)
        + "\"},\"showAs\":\"busy\"}";
  }

  /** Task {@code i} as Graph's create body. */
  String taskJson(int i) {
    return "{\"title\":\"Follow up "
        + i
        + "\",\"body\":{\"contentType\":\"text\",\"content\":\"Call back about offer "
        + i
        + "\"},\"importance\":\"normal\",\"status\":\"notStarted\",\"dueDateTime\":{\"dateTime\":\""
        + LOCAL.format(due(i).atStartOfDay())
        + "\",\"timeZone\":\"UTC\"}}";
  }

  /** Event {@code i} as the CRM's fields. */
  CalendarEventFields eventFields(int i) {
    return new CalendarEventFields(
        "Customer meeting " + i,
        "Agenda for meeting " + i,
        start(i),
        start(i).plusMinutes(30),
        ZoneId.of("UTC"),
        false,
        "Room " + (i % 10),
        List.of(),
        null,
        null,
        false,
        null);
  }

  /** Task {@code i} as the CRM's fields. */
  TaskFields taskFields(int i) {
    return new TaskFields(
        "Follow up " + i, "Call back about offer " + i, due(i), null, null, null, null, null);
  }
}
