package com.tandem.server.activity.tasks;

import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What the task page's form sends: text as typed, turned into {@link TaskFields} by {@link
 * #toFields}, which reports each problem under its form field. The reminder is in UTC.
 */
record TaskForm(
    String subject,
    String description,
    String dueDate,
    String startDate,
    String status,
    String priority,
    String reminderAt,
    Long version) {

  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** An empty form for a new open task of normal priority. */
  static TaskForm blank() {
    return new TaskForm(
        "", "", "", "", TaskStatus.OPEN.name(), TaskPriority.NORMAL.name(), "", null);
  }

  /** The form showing a stored task. */
  static TaskForm of(Task task) {
    TaskFields f = task.fields();
    return new TaskForm(
        f.subject(),
        f.description() == null ? "" : f.description(),
        f.dueDate() == null ? "" : f.dueDate().toString(),
        f.startDate() == null ? "" : f.startDate().toString(),
        f.status().name(),
        f.priority().name(),
        f.reminderAt() == null
            ? ""
            : INPUT.format(LocalDateTime.ofInstant(f.reminderAt(), ZoneOffset.UTC)),
        task.version());
  }

  /**
   * The task this form describes, keeping the stored completion time of a task that stays closed;
   * throws {@link InvalidActivityException} with form field names.
   */
  TaskFields toFields(Instant completedAt) {
    Problems problems = new Problems();
    LocalDate due = date("dueDate", dueDate, problems);
    LocalDate start = date("startDate", startDate, problems);
    TaskStatus s = choice("status", status, TaskStatus.class, TaskStatus.OPEN, problems);
    TaskPriority p =
        choice("priority", priority, TaskPriority.class, TaskPriority.NORMAL, problems);
    Instant reminder = null;
    if (reminderAt != null && !reminderAt.isBlank()) {
      try {
        reminder = LocalDateTime.parse(reminderAt.trim()).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        problems.add("reminderAt", "localDateTime");
      }
    }
    TaskFields fields = null;
    try {
      fields =
          new TaskFields(
              subject == null ? null : subject.strip(),
              description == null || description.isBlank() ? null : description,
              due,
              start,
              s,
              p,
              reminder,
              completedAt);
    } catch (InvalidActivityException e) {
      // report the typing problems and the rules' problems together
      e.problems().forEach(x -> problems.add(x.field(), x.code(), x.args().toArray()));
    }
    problems.throwIfAny();
    return fields;
  }

  private static LocalDate date(String field, String value, Problems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(field, "date");
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(
      String field, String value, Class<E> type, E fallback, Problems problems) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problems.add(field, "oneOf", java.util.Arrays.toString(type.getEnumConstants()));
      return fallback;
    }
  }
}
