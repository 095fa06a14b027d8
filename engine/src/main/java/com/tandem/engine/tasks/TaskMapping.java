package com.tandem.engine.tasks;

import com.tandem.engine.fields.Body;
import com.tandem.engine.fields.GraphDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Maps tasks between the CRM's vocabulary and Microsoft To Do's. */
public final class TaskMapping {

  private static final ZoneId UTC = ZoneId.of("UTC");

  private TaskMapping() {}

  /** The To Do task that carries the given CRM task's fields. */
  public static GraphTask toMicrosoft(TaskFields task) {
    return new GraphTask(
        task.subject(),
        task.description().toMicrosoft(),
        date(task.dueDate()),
        date(task.startDate()),
        switch (task.status()) {
          case OPEN -> "notStarted";
          case IN_PROGRESS -> "inProgress";
          case CLOSED -> "completed";
        },
        task.priority().name().toLowerCase(Locale.ROOT),
        task.reminderAt() != null,
        task.reminderAt() == null ? null : GraphDateTime.utc(task.reminderAt()),
        task.completedAt() == null ? null : GraphDateTime.utc(task.completedAt()));
  }

  /**
   * The CRM fields of the given To Do task.
   *
   * @throws IllegalArgumentException for an unknown status or importance, or an unmappable zone
   */
  public static TaskFields fromMicrosoft(GraphTask task) {
    return new TaskFields(
        task.title(),
        Body.fromMicrosoft(task.body()),
        date(task.dueDateTime()),
        date(task.startDateTime()),
        status(task.status()),
        priority(task.importance()),
        task.isReminderOn() && task.reminderDateTime() != null
            ? task.reminderDateTime().instant()
            : null,
        task.completedDateTime() == null ? null : task.completedDateTime().instant());
  }

  private static GraphDateTime date(LocalDate date) {
    return date == null ? null : GraphDateTime.of(date.atStartOfDay(), UTC);
  }

  private static LocalDate date(GraphDateTime dateTime) {
    // To Do keeps a due date as midnight in the zone it was set in: the date part is the date.
    return dateTime == null ? null : dateTime.local().toLocalDate();
  }

  private static TaskStatus status(String status) {
    return switch (status) {
      case "notStarted" -> TaskStatus.OPEN;
      case "inProgress", "waitingOnOthers", "deferred" -> TaskStatus.IN_PROGRESS;
      case "completed" -> TaskStatus.CLOSED;
      default -> throw new IllegalArgumentException("unknown To Do status: " + status);
    };
  }

  private static TaskPriority priority(String importance) {
    return switch (importance) {
      case "low" -> TaskPriority.LOW;
      case "normal" -> TaskPriority.NORMAL;
      case "high" -> TaskPriority.HIGH;
      default -> throw new IllegalArgumentException("unknown To Do importance: " + importance);
    };
  }
}
