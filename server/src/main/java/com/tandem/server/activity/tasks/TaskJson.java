package com.tandem.server.activity.tasks;

import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.JsonInput;
import com.tandem.server.activity.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shape of tasks in the REST API. */
final class TaskJson {

  private static final Set<String> FIELDS =
      Set.of(
          "subject",
          "description",
          "dueDate",
          "startDate",
          "status",
          "priority",
          "reminderAt",
          "completedAt",
          // read-only, ignored on input so that a GET body can be sent back as it is
          "id",
          "userId",
          "version",
          "updatedAt");

  private TaskJson() {}

  /** Reads a task's fields; throws {@link InvalidActivityException} naming each bad field. */
  static TaskFields read(JsonNode body) {
    Problems problems = new Problems();
    JsonInput in = JsonInput.root(body, problems);
    in.allowOnly(FIELDS);
    String subject = in.text("subject");
    String description = in.text("description");
    LocalDate due = in.date("dueDate");
    LocalDate start = in.date("startDate");
    TaskStatus status = in.choice("status", TaskStatus.class, Enum::name);
    TaskPriority priority = in.choice("priority", TaskPriority.class, Enum::name);
    Instant reminderAt = in.instant("reminderAt");
    Instant completedAt = in.instant("completedAt");
    problems.throwIfAny();
    return new TaskFields(
        subject, description, due, start, status, priority, reminderAt, completedAt);
  }

  /** The task as the API shows it. */
  static ObjectNode write(Task task) {
    TaskFields f = task.fields();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", task.id());
    o.put("userId", task.userId());
    o.put("subject", f.subject());
    o.put("description", f.description());
    o.put("dueDate", f.dueDate() == null ? null : f.dueDate().toString());
    o.put("startDate", f.startDate() == null ? null : f.startDate().toString());
    o.put("status", f.status().name());
    o.put("priority", f.priority().name());
    o.put("reminderAt", f.reminderAt() == null ? null : f.reminderAt().toString());
    o.put("completedAt", f.completedAt() == null ? null : f.completedAt().toString());
    o.put("version", task.version());
    o.put("updatedAt", task.updatedAt().toString());
    return o;
  }
}
