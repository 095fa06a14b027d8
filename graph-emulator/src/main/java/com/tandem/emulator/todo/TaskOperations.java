package com.tandem.emulator.todo;

import com.tandem.emulator.delta.DeltaPager;
import com.tandem.emulator.delta.DeltaToken;
import com.tandem.emulator.graph.GraphCall;
import com.tandem.emulator.graph.Pages;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The tasks of one list: CRUD, delta and linked resources. Runs under the mailbox lock. */
final class TaskOperations {
  private final TodoStore store;
  private final TodoStore.TaskList list;
  private final DeltaPager pager;

  TaskOperations(TodoStore store, TodoStore.TaskList list, DeltaPager pager) {
    this.store = store;
    this.list = list;
    this.pager = pager;
  }

  ApiResponse handle(GraphCall call, int at) {
    String method = call.request().method();
    int n = call.rest().size() - at;
    boolean expand = expandsLinks(call);
    if (n == 0) {
      return switch (method) {
        case "GET" -> {
          List<ObjectNode> items = new ArrayList<>();
          list.tasks.values().forEach(t -> items.add(Tasks.render(t, expand)));
          yield Pages.of(call, items, 100);
        }
        case "POST" -> {
          JsonNode body = call.body();
          TodoStore.TodoTask task = Tasks.create(store, list, body);
          changed(call, task, "created");
          yield ApiResponse.json(201, Tasks.render(task, body.has("linkedResources") || expand));
        }
        default -> throw call.unsupported();
      };
    }
    if (n == 1 && "delta".equals(call.seg(at))) {
      return delta(call);
    }
    TodoStore.TodoTask task = list.tasks.get(call.seg(at));
    if (task == null) {
      throw GraphException.notFound();
    }
    if (n == 1) {
      return switch (method) {
        case "GET" -> ApiResponse.json(200, Tasks.render(task, expand));
        case "PATCH" -> {
          checkIfMatch(call, task);
          Tasks.apply(store, task, call.body());
          changed(call, task, "updated");
          yield ApiResponse.json(200, Tasks.render(task, expand));
        }
        case "DELETE" -> {
          checkIfMatch(call, task);
          list.tasks.remove(task.id);
          list.log.removed(task.id, store.sequence.getAsLong(), task);
          store.sink.changed(
              store.owner,
              TodoStore.tasksPath(list),
              task.id,
              "deleted",
              "#microsoft.graph.todoTask",
              null);
          yield ApiResponse.empty(204);
        }
        default -> throw call.unsupported();
      };
    }
    if (!"linkedResources".equals(call.seg(at + 1))) {
      throw GraphException.badRequest("BadRequest", "Resource not found for the segment.");
    }
    return links(call, task, at + 2);
  }

  private ApiResponse links(GraphCall call, TodoStore.TodoTask task, int at) {
    String method = call.request().method();
    if (call.rest().size() == at) {
      return switch (method) {
        case "GET" -> {
          List<ObjectNode> items = new ArrayList<>();
          task.linkedResources.values().forEach(l -> items.add(l.deepCopy()));
          yield Pages.of(call, items, 100);
        }
        case "POST" -> {
          ObjectNode link = Tasks.addLink(task, call.body());
          touch(call, task);
          yield ApiResponse.json(201, link.deepCopy());
        }
        default -> throw call.unsupported();
      };
    }
    ObjectNode link = task.linkedResources.get(call.seg(at));
    if (link == null || call.rest().size() != at + 1) {
      throw GraphException.notFound();
    }
    return switch (method) {
      case "GET" -> ApiResponse.json(200, link.deepCopy());
      case "PATCH" -> {
        Tasks.writeLink(link, call.body());
        touch(call, task);
        yield ApiResponse.json(200, link.deepCopy());
      }
      case "DELETE" -> {
        task.linkedResources.remove(call.seg(at));
        touch(call, task);
        yield ApiResponse.empty(204);
      }
      default -> throw call.unsupported();
    };
  }

  private void touch(GraphCall call, TodoStore.TodoTask task) {
    Tasks.apply(store, task, com.tandem.emulator.http.Json.object());
    changed(call, task, "updated");
  }

  private void changed(GraphCall call, TodoStore.TodoTask task, String type) {
    list.log.changed(task.id, store.sequence.getAsLong());
    store.sink.changed(
        store.owner,
        TodoStore.tasksPath(list),
        task.id,
        type,
        "#microsoft.graph.todoTask",
        "W/\"" + task.etag + "\"");
  }

  private static boolean expandsLinks(GraphCall call) {
    return "linkedResources".equalsIgnoreCase(call.request().query().get("$expand"));
  }

  private static void checkIfMatch(GraphCall call, TodoStore.TodoTask task) {
    String ifMatch = call.request().header("If-Match");
    if (ifMatch == null || ifMatch.trim().equals("*")) {
      return;
    }
    // Only a leading W/ marks a weak tag: an etag may hold "W/" itself (it is base64).
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (!tag.replace("\"", "").equals(task.etag)) {
      throw new GraphException(
          412, "PreconditionFailed", "The ETag provided does not match the current version.");
    }
  }

  private ApiResponse delta(GraphCall call) {
    DeltaToken token = pager.token(call.request(), "tasks:" + list.id, 0, 0);
    boolean expand = expandsLinks(call);
    String top = call.request().query().get("$top");
    int size = DeltaPager.pageSize(call.request(), 100);
    if (top != null && top.matches("\\d+") && Integer.parseInt(top) > 0) {
      size = Integer.parseInt(top);
    }
    DeltaPager.Renderer renderer =
        (change, t, out) -> {
          if (change.removed()) {
            out.add(DeltaPager.removed(null, change.id()));
          } else {
            out.add(Tasks.render(list.tasks.get(change.id()), expand));
          }
        };
    return pager.page(call.request(), token, list.log, renderer, call.selfLink(), size);
  }
}
