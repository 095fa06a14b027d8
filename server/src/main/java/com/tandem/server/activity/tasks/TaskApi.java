package com.tandem.server.activity.tasks;

import com.tandem.server.activity.ActivityAccess;
import com.tandem.server.activity.Paging;
import com.tandem.server.activity.ProblemMessages;
import com.tandem.server.activity.VersionedItemApi;
import com.tandem.server.directory.SignedInUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The REST API of a user's tasks. */
@RestController
@RequestMapping("/api/v1/users/{userId}/tasks")
class TaskApi extends VersionedItemApi<TaskFields, Task> {

  private final Tasks tasks;

  TaskApi(Tasks tasks, ActivityAccess access, ProblemMessages messages) {
    super(tasks, access, messages, "tasks", "task");
    this.tasks = tasks;
  }

  @GetMapping
  ObjectNode list(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    long user = user(me, userId);
    Paging page = Paging.of(offset, limit, messages);
    TaskStatus only = status == null || status.isBlank() ? null : status(status);
    List<Task> found = tasks.list(user, only, page.offset(), page.limit() + 1);
    return page.answer(found, TaskJson::write);
  }

  @Override
  protected TaskFields read(JsonNode body) {
    return TaskJson.read(body);
  }

  @Override
  protected JsonNode write(Task task) {
    return TaskJson.write(task);
  }

  private TaskStatus status(String value) {
    try {
      return TaskStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw messages.invalidParameter("status", "oneOf", "OPEN, IN_PROGRESS, CLOSED");
    }
  }
}
