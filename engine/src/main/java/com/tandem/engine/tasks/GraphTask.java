package com.tandem.engine.tasks;

import com.tandem.engine.fields.GraphBody;
import com.tandem.engine.fields.GraphDateTime;
import java.util.Objects;

/**
 * A Microsoft To Do task's synced properties in Graph's vocabulary.
 *
 * @param title the title
 * @param body the body
 * @param dueDateTime the due date (midnight in its zone), or null
 * @param startDateTime the start date (midnight in its zone), or null
 * @param status {@code notStarted}, {@code inProgress}, {@code completed}, {@code waitingOnOthers}
 *     or {@code deferred}
 * @param importance {@code low}, {@code normal} or {@code high}
 * @param isReminderOn whether a reminder is set
 * @param reminderDateTime when to remind, or null
 * @param completedDateTime when it was completed, or null
 */
public record GraphTask(
    String title,
    GraphBody body,
    GraphDateTime dueDateTime,
    GraphDateTime startDateTime,
    String status,
    String importance,
    boolean isReminderOn,
    GraphDateTime reminderDateTime,
    GraphDateTime completedDateTime) {

  /** Checks the required properties. */
  public GraphTask {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(importance, "importance == null");
  }
}
