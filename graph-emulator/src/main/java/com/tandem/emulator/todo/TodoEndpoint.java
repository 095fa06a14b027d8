package com.tandem.emulator.todo;

import com.tandem.emulator.delta.DeltaPager;
import com.tandem.emulator.delta.DeltaToken;
import com.tandem.emulator.graph.GraphCall;
import com.tandem.emulator.graph.Mailbox;
import com.tandem.emulator.graph.Pages;
import com.tandem.emulator.graph.Permission;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /todo/lists…}: lists, tasks, linked resources and their delta. */
public final class TodoEndpoint {
  private final DeltaPager pager;

  /** An endpoint using {@code pager} for delta. */
  public TodoEndpoint(DeltaPager pager) {
    this.pager = pager;
  }

  /** Handles {@code todo/lists/…}. */
  public ApiResponse handle(GraphCall call) {
    String method = call.request().method();
    call.require(method.equals("GET") ? Permission.TASKS_READ : Permission.TASKS_WRITE);
    if (!"lists".equals(call.seg(1))) {
      throw GraphException.badRequest("BadRequest", "Resource not found for the segment.");
    }
    Mailbox box = call.mailbox();
    TodoStore store = box.todo();
    int n = call.rest().size();
    synchronized (box) {
      if (n == 2) {
        return switch (method) {
          case "GET" -> {
            List<ObjectNode> items = new ArrayList<>();
            store.lists.values().forEach(l -> items.add(store.renderList(l)));
            yield Pages.of(call, items, 100);
          }
          case "POST" -> {
            JsonNode body = call.body();
            String name = Json.text(body, "displayName");
            if (name == null || name.isBlank()) {
              throw GraphException.badRequest("invalidRequest", "displayName is required.");
            }
            yield ApiResponse.json(201, store.renderList(store.addList(name, "none")));
          }
          default -> throw call.unsupported();
        };
      }
      if (n == 3 && "delta".equals(call.seg(2))) {
        return listDelta(call, store);
      }
      TodoStore.TaskList list = store.list(call.seg(2));
      if (n == 3) {
        return switch (method) {
          case "GET" -> ApiResponse.json(200, store.renderList(list));
          case "PATCH" -> {
            store.updateList(list, call.body());
            yield ApiResponse.json(200, store.renderList(list));
          }
          case "DELETE" -> {
            store.deleteList(list);
            yield ApiResponse.empty(204);
          }
          default -> throw call.unsupported();
        };
      }
      if (!"tasks".equals(call.seg(3))) {
        throw GraphException.badRequest("BadRequest", "Resource not found for the segment.");
      }
      return new TaskOperations(store, list, pager).handle(call, 4);
    }
  }

  private ApiResponse listDelta(GraphCall call, TodoStore store) {
    DeltaToken token = pager.token(call.request(), "lists:" + call.owner().id(), 0, 0);
    DeltaPager.Renderer renderer =
        (change, t, out) -> {
          if (change.removed()) {
            out.add(DeltaPager.removed(null, change.id()));
          } else {
            out.add(store.renderList(store.lists.get(change.id())));
          }
        };
    return pager.page(
        call.request(),
        token,
        store.listLog,
        renderer,
        call.selfLink(),
        DeltaPager.pageSize(call.request(), 100));
  }
}
