package com.tandem.server.activity;

import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.NotFoundException;
import com.tandem.server.web.PreconditionFailedException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The REST API of a user's tasks. */
@RestController
@RequestMapping("/api/v1/users/{userId}/tasks")
class TaskApi {

  private final Tasks tasks;
  private final ActivityAccess access;
  private final ProblemMessages messages;

  TaskApi(Tasks tasks, ActivityAccess access, ProblemMessages messages) {
    this.tasks = tasks;
    this.access = access;
    this.messages = messages;
  }

  @GetMapping
  ObjectNode list(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    long user = access.managedUser(me.actor(), userId);
    Paging page = Paging.of(offset, limit, messages);
    TaskStatus only = status == null || status.isBlank() ? null : status(status);
    List<Task> found = tasks.list(user, only, page.offset(), page.limit() + 1);
    return page.answer(found, TaskJson::write);
  }

  @PostMapping
  ResponseEntity<JsonNode> create(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @RequestBody JsonNode body) {
    long user = access.managedUser(me.actor(), userId);
    Task created = checked(() -> tasks.create(user, TaskJson.read(body), Origin.CRM));
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/users/" + user + "/tasks/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(TaskJson.write(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<JsonNode> get(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id) {
    Task task = existing(access.managedUser(me.actor(), userId), id);
    return ResponseEntity.ok().eTag(IfMatch.etag(task.version())).body(TaskJson.write(task));
  }

  @PutMapping("/{id}")
  ResponseEntity<JsonNode> replace(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long user = access.managedUser(me.actor(), userId);
    return write(user, existing(user, id), ifMatch, body);
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  ResponseEntity<JsonNode> patch(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long user = access.managedUser(me.actor(), userId);
    Task current = existing(user, id);
    return write(user, current, ifMatch, MergePatch.apply(TaskJson.write(current), body));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long user = access.managedUser(me.actor(), userId);
    Task current = existing(user, id);
    Long expected = IfMatch.expectedVersion(ifMatch, current::version);
    if (!checked(() -> tasks.delete(user, id, Origin.CRM, expected))) {
      throw new NotFoundException("No such task.");
    }
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<JsonNode> write(long user, Task current, String ifMatch, JsonNode body) {
    Long expected = IfMatch.expectedVersion(ifMatch, current::version);
    Task updated =
        checked(
            () ->
                tasks
                    .update(user, current.id(), TaskJson.read(body), Origin.CRM, expected)
                    .orElseThrow(() -> new NotFoundException("No such task.")));
    return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(TaskJson.write(updated));
  }

  private Task existing(long user, String id) {
    return tasks.find(user, id).orElseThrow(() -> new NotFoundException("No such task."));
  }

  private TaskStatus status(String value) {
    try {
      return TaskStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw messages.invalidParameter("status", "oneOf", "OPEN, IN_PROGRESS, CLOSED");
    }
  }

  /** Runs a store call, turning its domain failures into the API's answers. */
  private <T> T checked(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidActivityException e) {
      throw messages.invalidInput(e);
    } catch (StaleVersionException e) {
      throw new PreconditionFailedException(
          "The task has changed; its current version is " + e.currentVersion() + ".");
    }
  }
}
