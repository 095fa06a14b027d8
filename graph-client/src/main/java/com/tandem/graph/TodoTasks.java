package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.model.LinkedResource;
import com.tandem.graph.model.TodoTask;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The tasks of a Microsoft To Do list: create, read, update, delete, delta. */
public final class TodoTasks {

  private static final Map<String, String> EXPAND_LINKS = Map.of("$expand", "linkedResources");

  private final GraphHttp http;
  private final Pages pages;

  TodoTasks(GraphHttp http) {
    this.http = http;
    this.pages = new Pages(http);
  }

  /**
   * Creates a task linked to the CRM record, so that a lost response can be recognised later by the
   * link's {@code externalId}.
   */
  public TodoTask create(Mailbox mailbox, String listId, TodoTask task, LinkedResource crmLink) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(crmLink, "crmLink == null");
    Checks.text(crmLink.externalId(), "crmLink.externalId");
    TodoTask linked =
        new TodoTask(
            null,
            null,
            task.title(),
            task.body(),
            task.categories(),
            task.importance(),
            task.status(),
            task.isReminderOn(),
            task.reminderDateTime(),
            task.dueDateTime(),
            task.startDateTime(),
            task.completedDateTime(),
            null,
            null,
            List.of(crmLink));
    return create(mailbox, listId, linked);
  }

  /** Creates a task as given. */
  public TodoTask create(Mailbox mailbox, String listId, TodoTask task) {
    Objects.requireNonNull(task, "task == null");
    Checks.text(task.title(), "title");
    String path = tasks(mailbox, listId);
    ObjectNode body = writable(task);
    return read(http.write(mailbox, "POST", http.uri(path, Map.of()), body, null), "POST", path);
  }

  /** Reads a task with its linked resources. */
  public TodoTask get(Mailbox mailbox, String listId, String taskId) {
    String path = task(mailbox, listId, taskId);
    return read(http.get(mailbox, http.uri(path, EXPAND_LINKS)), "GET", path);
  }

  /**
   * Finds the list's tasks linked to an item of another application by the link's {@code
   * externalId} (for Tandem: the CRM id), reading the list with its links expanded, since To Do
   * offers no filter on linked resources.
   */
  public List<TodoTask> findByExternalId(Mailbox mailbox, String listId, String externalId) {
    Checks.text(externalId, "externalId");
    List<TodoTask> all =
        pages.all(mailbox, http.uri(tasks(mailbox, listId), EXPAND_LINKS), TodoTask.class);
    return all.stream()
        .filter(
            task ->
                task.linkedResources() != null
                    && task.linkedResources().stream()
                        .anyMatch(link -> externalId.equals(link.externalId())))
        .toList();
  }

  /**
   * Changes the properties set in {@code changes}; with an etag, only if the task is unchanged.
   *
   * @param ifMatch the {@code @odata.etag} last read, or null to overwrite unconditionally
   */
  public TodoTask update(
      Mailbox mailbox, String listId, String taskId, TodoTask changes, String ifMatch) {
    return update(mailbox, listId, taskId, changes, Set.of(), ifMatch);
  }

  /**
   * Changes the properties set in {@code changes} and clears the date properties named in {@code
   * cleared} (sent as {@code null}, which an unset property cannot express); with an etag, only if
   * the task is unchanged.
   *
   * @param ifMatch the {@code @odata.etag} last read, or null to overwrite unconditionally
   */
  public TodoTask update(
      Mailbox mailbox,
      String listId,
      String taskId,
      TodoTask changes,
      Set<String> cleared,
      String ifMatch) {
    Objects.requireNonNull(changes, "changes == null");
    Objects.requireNonNull(cleared, "cleared == null");
    String path = task(mailbox, listId, taskId);
    ObjectNode body = writable(changes);
    cleared.forEach(body::putNull);
    // Linked resources are a sub-collection: a PATCH of the task does not replace them.
    body.remove("linkedResources");
    JsonNode updated = http.write(mailbox, "PATCH", http.uri(path, Map.of()), body, ifMatch);
    return updated == null ? get(mailbox, listId, taskId) : read(updated, "PATCH", path);
  }

  /**
   * Adds a link to a task that exists already, e.g. to stamp the CRM id on a task matched when a
   * user connects.
   */
  public LinkedResource addLink(
      Mailbox mailbox, String listId, String taskId, LinkedResource link) {
    Objects.requireNonNull(link, "link == null");
    String path = task(mailbox, listId, taskId) + "/linkedResources";
    ObjectNode body = GraphJson.object(link);
    body.remove("id");
    JsonNode created = http.write(mailbox, "POST", http.uri(path, Map.of()), body, null);
    GraphError context = GraphError.of("POST " + path, 201, null, "no link in answer", null);
    if (created == null) {
      throw new MalformedResponseException(context, null);
    }
    return GraphJson.value(created, LinkedResource.class, context);
  }

  /**
   * Deletes a task; with an etag, only if it is unchanged.
   *
   * @param ifMatch the {@code @odata.etag} last read, or null to delete unconditionally
   */
  public void delete(Mailbox mailbox, String listId, String taskId, String ifMatch) {
    http.write(mailbox, "DELETE", http.uri(task(mailbox, listId, taskId), Map.of()), null, ifMatch);
  }

  /** A delta round over the list's tasks: its pages, pulled one after another. */
  public DeltaPages<TodoTask> deltaPages(Mailbox mailbox, String listId) {
    return pages.deltaPages(mailbox, deltaUri(mailbox, listId), TodoTask.class);
  }

  /** The pages that continue from a stored delta or next link. */
  public DeltaPages<TodoTask> resumePages(Mailbox mailbox, String link) {
    return pages.deltaPages(mailbox, http.storedLink(link), TodoTask.class);
  }

  /** The pages of a delta round whose first request was answered in a batch. */
  public DeltaPages<TodoTask> deltaPages(Mailbox mailbox, BatchResult batch, String id) {
    return pages.deltaPages(mailbox, batch, id, TodoTask.class);
  }

  /** Starts a delta round over a list's tasks and returns the delta link for the next round. */
  public String delta(Mailbox mailbox, String listId, Consumer<DeltaPage<TodoTask>> onPage) {
    return pages.delta(mailbox, deltaUri(mailbox, listId), TodoTask.class, onPage);
  }

  /**
   * The first request of a delta round over a list's tasks, to send as a member of a {@code
   * $batch}; {@link #delta(Mailbox, BatchResult, String, Consumer)} goes on from its answer.
   */
  public BatchRequest deltaRequest(String id, Mailbox mailbox, String listId) {
    return http.batchGet(id, deltaUri(mailbox, listId));
  }

  /**
   * The request that continues from a stored delta or next link, to send as a member of a {@code
   * $batch}; a link for another Graph raises {@link SyncStateExpiredException}.
   */
  public BatchRequest resumeRequest(String id, String link) {
    return http.batchResume(id, link);
  }

  /**
   * Goes on with a delta round whose first request ({@link #deltaRequest} or {@link
   * #resumeRequest}) was answered in a batch: hands that page and every later one to the callback
   * and returns the new delta link. A failed first request throws what a single call would have
   * thrown (throttled with its own Retry-After, sync state expired, list not found …).
   */
  public String delta(
      Mailbox mailbox, BatchResult batch, String id, Consumer<DeltaPage<TodoTask>> onPage) {
    return pages.delta(mailbox, batch, id, TodoTask.class, onPage);
  }

  private java.net.URI deltaUri(Mailbox mailbox, String listId) {
    String path = mailbox.path("todo", "lists", Checks.text(listId, "listId"), "tasks", "delta");
    return http.uri(path, EXPAND_LINKS);
  }

  /** Continues a task delta from a stored link and returns the new delta link. */
  public String resume(Mailbox mailbox, String link, Consumer<DeltaPage<TodoTask>> onPage) {
    return pages.delta(mailbox, http.storedLink(link), TodoTask.class, onPage);
  }

  private static String tasks(Mailbox mailbox, String listId) {
    return mailbox.path("todo", "lists", Checks.text(listId, "listId"), "tasks");
  }

  private static String task(Mailbox mailbox, String listId, String taskId) {
    return mailbox.path(
        "todo", "lists", Checks.text(listId, "listId"), "tasks", Checks.text(taskId, "taskId"));
  }

  static ObjectNode writable(TodoTask task) {
    ObjectNode json = GraphJson.object(task);
    json.remove(List.of("@odata.etag", "id", "createdDateTime", "lastModifiedDateTime"));
    JsonNode links = json.get("linkedResources");
    if (links != null) {
      links.forEach(link -> ((ObjectNode) link).remove("id"));
    }
    return json;
  }

  private static TodoTask read(JsonNode json, String method, String path) {
    GraphError context = GraphError.of(method + " " + path, 200, null, "no task in answer", null);
    if (json == null) {
      throw new MalformedResponseException(context, null);
    }
    return GraphJson.value(json, TodoTask.class, context);
  }
}
