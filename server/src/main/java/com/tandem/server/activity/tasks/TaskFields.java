package com.tandem.server.activity.tasks;

import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.Problems;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a task says: everything a person or the sync engine may write. Building one checks every
 * rule and throws {@link InvalidActivityException} listing all problems. {@code completedAt} only
 * means something for a closed task; stores fill it in when a task is closed without one.
 */
public record TaskFields(
    String subject,
    String description,
    LocalDate dueDate,
    LocalDate startDate,
    TaskStatus status,
    TaskPriority priority,
    Instant reminderAt,
    Instant completedAt) {

  /** The longest subject accepted. */
  public static final int MAX_SUBJECT = 255;

  /** The longest description accepted (64 KiB of characters). */
  public static final int MAX_DESCRIPTION = 65_536;

  public TaskFields {
    status = status == null ? TaskStatus.OPEN : status;
    priority = priority == null ? TaskPriority.NORMAL : priority;
    if (status != TaskStatus.CLOSED) {
      completedAt = null;
    }
    Problems problems = new Problems();
    problems.required("subject", subject, MAX_SUBJECT);
    problems.maxLength("description", description, MAX_DESCRIPTION);
    if (dueDate != null && startDate != null && dueDate.isBefore(startDate)) {
      problems.add("dueDate", "dueBeforeStart");
    }
    problems.throwIfAny();
  }

  /** An open task of normal priority with just a subject. */
  public static TaskFields of(String subject) {
    return new TaskFields(subject, null, null, null, null, null, null, null);
  }

  /** The same task with another status. */
  public TaskFields withStatus(TaskStatus newStatus) {
    return new TaskFields(
        subject, description, dueDate, startDate, newStatus, priority, reminderAt, completedAt);
  }
}
