package com.tandem.emulator.todo;

import com.tandem.emulator.delta.ChangeLog;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.graph.ChangeSink;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A user's Microsoft To Do: task lists (with the built-in "Tasks" list) and their tasks. */
public final class TodoStore {
  /** A task list with its tasks and their change log. */
  static final class TaskList {
    final String id;
    final ObjectNode data;
    String etag = Ids.changeKey();
    final Map<String, TodoTask> tasks = new LinkedHashMap<>();
    final ChangeLog log = new ChangeLog();

    TaskList(String id, ObjectNode data) {
      this.id = id;
      this.data = data;
    }
  }

  /** A task: its representation, etag and linked resources. */
  static final class TodoTask {
    final String id;
    ObjectNode data;
    String etag = Ids.changeKey();
    final Map<String, ObjectNode> linkedResources = new LinkedHashMap<>();

    TodoTask(String id, ObjectNode data) {
      this.id = id;
      this.data = data;
    }
  }

  final Account owner;
  final ChangeSink sink;
  final Clock clock;
  final LongSupplier sequence;
  final Map<String, TaskList> lists = new LinkedHashMap<>();
  final ChangeLog listLog = new ChangeLog();

  /** To Do with the default list. */
  public TodoStore(Account owner, ChangeSink sink, Clock clock, LongSupplier sequence) {
    this.owner = owner;
    this.sink = sink;
    this.clock = clock;
    this.sequence = sequence;
    addList("Tasks", "defaultList");
  }

  TaskList addList(String displayName, String wellKnown) {
    String id = Ids.outlook();
    ObjectNode data = Json.object();
    data.put("displayName", displayName);
    data.put("isOwner", true);
    data.put("isShared", false);
    data.put("wellknownListName", wellKnown);
    data.put("id", id);
    TaskList list = new TaskList(id, data);
    lists.put(id, list);
    listLog.changed(id, sequence.getAsLong());
    return list;
  }

  /** The list for an id or the well-known name {@code defaultList}; 404 otherwise. */
  TaskList list(String id) {
    TaskList list = lists.get(id);
    if (list == null) {
      for (TaskList l : lists.values()) {
        if (l.data.path("wellknownListName").asString().equalsIgnoreCase(id)) {
          return l;
        }
      }
      throw GraphException.notFound();
    }
    return list;
  }

  /** The default list's id. */
  public String defaultListId() {
    return list("defaultList").id;
  }

  void updateList(TaskList list, JsonNode body) {
    for (Map.Entry<String, JsonNode> p : body.properties()) {
      if (p.getKey().equals("displayName")) {
        if (!p.getValue().isString() || p.getValue().asString().isBlank()) {
          throw GraphException.badRequest("invalidRequest", "displayName must not be empty.");
        }
        list.data.put("displayName", p.getValue().asString());
      } else if (!p.getKey().startsWith("@") && !list.data.has(p.getKey())) {
        throw GraphException.badRequest(
            "RequestBodyRead",
            "The property '"
                + p.getKey()
                + "' does not exist on type 'microsoft.graph.todoTaskList'.");
      }
    }
    list.etag = Ids.changeKey();
    listLog.changed(list.id, sequence.getAsLong());
  }

  void deleteList(TaskList list) {
    if ("defaultList".equals(list.data.path("wellknownListName").asString())) {
      throw GraphException.badRequest("invalidRequest", "The default list cannot be deleted.");
    }
    lists.remove(list.id);
    listLog.removed(list.id, sequence.getAsLong(), list);
    for (TodoTask t : list.tasks.values()) {
      sink.changed(owner, tasksPath(list), t.id, "deleted", "#microsoft.graph.todoTask", null);
    }
  }

  static String tasksPath(TaskList list) {
    return "todo/lists/" + list.id + "/tasks";
  }

  ObjectNode renderList(TaskList list) {
    ObjectNode out = Json.object();
    out.put("@odata.type", "#microsoft.graph.todoTaskList");
    out.put("@odata.etag", "W/\"" + list.etag + "\"");
    out.setAll(list.data);
    return out;
  }
}
