package com.tandem.server.sync.tasks;

import com.tandem.engine.fields.GraphBody;
import com.tandem.engine.fields.GraphDateTime;
import com.tandem.engine.tasks.GraphTask;
import com.tandem.graph.model.BodyType;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Importance;
import com.tandem.graph.model.ItemBody;
import com.tandem.graph.model.TaskStatus;
import com.tandem.graph.model.TodoTask;
import com.tandem.server.sync.resource.GraphEnumWords;
import java.util.LinkedHashSet;
import java.util.Set;

/** Converts between the graph client's {@link TodoTask} and the engine's {@link GraphTask}. */
public final class TodoConversion {

  private TodoConversion() {}

  /**
   * The engine's record of a To Do task.
   *
   * @throws IllegalArgumentException when a property the engine needs is missing
   */
  public static GraphTask toEngine(TodoTask task) {
    if (task.title() == null) {
      throw new IllegalArgumentException("it has no title");
    }
    return new GraphTask(
        task.title(),
        task.body() == null
            ? null
            : new GraphBody(GraphEnumWords.word(task.body().contentType()), task.body().content()),
        time(task.dueDateTime()),
        time(task.startDateTime()),
        task.status() == null ? "notStarted" : GraphEnumWords.word(task.status()),
        task.importance() == null ? "normal" : GraphEnumWords.word(task.importance()),
        Boolean.TRUE.equals(task.isReminderOn()),
        time(task.reminderDateTime()),
        time(task.completedDateTime()));
  }

  /** The To Do task to write for the engine's record: every synced property that has a value. */
  public static TodoTask toGraph(GraphTask task) {
    return TodoTask.builder()
        .title(task.title())
        .body(
            task.body() == null
                ? ItemBody.text("")
                : new ItemBody(
                    GraphEnumWords.constant(BodyType.class, task.body().contentType()),
                    task.body().content()))
        .status(GraphEnumWords.constant(TaskStatus.class, task.status()))
        .importance(GraphEnumWords.constant(Importance.class, task.importance()))
        .reminder(task.isReminderOn() ? time(task.reminderDateTime()) : null)
        .due(time(task.dueDateTime()))
        .start(time(task.startDateTime()))
        .completed(time(task.completedDateTime()))
        .build();
  }

  /** The date properties an update must clear because the engine's record has none. */
  public static Set<String> cleared(GraphTask task) {
    Set<String> cleared = new LinkedHashSet<>();
    if (task.dueDateTime() == null) {
      cleared.add("dueDateTime");
    }
    if (task.startDateTime() == null) {
      cleared.add("startDateTime");
    }
    if (!task.isReminderOn() || task.reminderDateTime() == null) {
      cleared.add("reminderDateTime");
    }
    if (task.completedDateTime() == null) {
      cleared.add("completedDateTime");
    }
    return cleared;
  }

  private static GraphDateTime time(DateTimeTimeZone time) {
    return time == null ? null : new GraphDateTime(time.dateTime(), time.timeZone());
  }

  private static DateTimeTimeZone time(GraphDateTime time) {
    return time == null ? null : DateTimeTimeZone.of(time.local(), time.timeZone());
  }
}
