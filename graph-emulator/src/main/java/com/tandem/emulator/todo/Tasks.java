package com.tandem.emulator.todo;

import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.graph.EdmValues;
import com.tandem.emulator.graph.GraphEnum;
import com.tandem.emulator.graph.PatternedRecurrence;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Creating, changing and rendering To Do tasks and their linked resources. */
final class Tasks {
  private static final Set<String> DATES =
      Set.of("dueDateTime", "startDateTime", "reminderDateTime", "completedDateTime");
  private static final Set<String> READ_ONLY =
      Set.of("id", "createdDateTime", "lastModifiedDateTime", "bodyLastModifiedDateTime");
  private static final Set<String> LINK_PROPS =
      Set.of("webUrl", "applicationName", "displayName", "externalId");

  private Tasks() {}

  static TodoStore.TodoTask create(TodoStore store, TodoStore.TaskList list, JsonNode body) {
    String now = Json.instant(store.clock.instant());
    String id = Ids.outlook();
    ObjectNode d = Json.object();
    d.put("importance", "normal");
    d.put("isReminderOn", false);
    d.put("status", "notStarted");
    d.put("title", "");
    d.put("createdDateTime", now);
    d.put("lastModifiedDateTime", now);
    d.put("hasAttachments", false);
    d.putArray("categories");
    d.put("id", id);
    ObjectNode b = d.putObject("body");
    b.put("content", "");
    b.put("contentType", "text");
    d.put("bodyLastModifiedDateTime", now);
    TodoStore.TodoTask task = new TodoStore.TodoTask(id, d);
    apply(store, task, body);
    JsonNode links = body.get("linkedResources");
    if (links != null && links.isArray()) {
      for (JsonNode l : links) {
        addLink(task, l);
      }
    }
    list.tasks.put(id, task);
    return task;
  }

  static void apply(TodoStore store, TodoStore.TodoTask task, JsonNode body) {
    if (!body.isObject()) {
      throw GraphException.badRequest("invalidRequest", "The request body must be an object.");
    }
    ObjectNode d = task.data;
    String now = Json.instant(store.clock.instant());
    for (Map.Entry<String, JsonNode> p : body.properties()) {
      String name = p.getKey();
      JsonNode v = p.getValue();
      if (name.startsWith("@") || READ_ONLY.contains(name) || name.equals("linkedResources")) {
        continue;
      }
      switch (name) {
        case "title" -> d.put("title", v.isNull() ? "" : v.asString());
        case "status" -> d.put("status", GraphEnum.TASK_STATUS.read(v, "invalidRequest"));
        case "importance" -> d.put("importance", GraphEnum.IMPORTANCE.read(v, "invalidRequest"));
        case "isReminderOn" -> d.put("isReminderOn", EdmValues.bool(v, "invalidRequest"));
        case "categories" -> d.set("categories", v.isArray() ? v : Json.array());
        case "recurrence" ->
            d.set("recurrence", PatternedRecurrence.canonical(v, "invalidRequest"));
        case "body" -> {
          ObjectNode b = d.putObject("body");
          b.put("content", Json.text(v, "content") == null ? "" : Json.text(v, "content"));
          JsonNode type = v.get("contentType");
          b.put(
              "contentType",
              type == null || type.isNull()
                  ? "text"
                  : GraphEnum.BODY_TYPE.read(type, "invalidRequest"));
          d.put("bodyLastModifiedDateTime", now);
        }
        default -> {
          if (!DATES.contains(name)) {
            throw GraphException.badRequest(
                "invalidRequest",
                "The property '" + name + "' does not exist on type 'microsoft.graph.todoTask'.");
          }
          if (v.isNull()) {
            d.remove(name);
          } else {
            d.set(name, dateTimeTimeZone(v));
          }
        }
      }
    }
    if (d.path("status").asString().equals("completed")) {
      if (!d.has("completedDateTime")) {
        ObjectNode c = d.putObject("completedDateTime");
        c.put(
            "dateTime",
            Json.local(LocalDateTime.ofInstant(store.clock.instant(), java.time.ZoneOffset.UTC)));
        c.put("timeZone", "UTC");
      }
    } else {
      d.remove("completedDateTime");
    }
    d.put("lastModifiedDateTime", now);
    task.etag = Ids.changeKey();
  }

  private static ObjectNode dateTimeTimeZone(JsonNode v) {
    String dt = Json.text(v, "dateTime");
    String tz = Json.text(v, "timeZone");
    if (dt == null) {
      throw GraphException.badRequest("invalidRequest", "dateTime is required.");
    }
    try {
      String local = dt.endsWith("Z") ? dt.substring(0, dt.length() - 1) : dt;
      ObjectNode out = Json.object();
      out.put("dateTime", Json.local(LocalDateTime.parse(local)));
      out.put("timeZone", tz == null ? "UTC" : tz);
      return out;
    } catch (DateTimeParseException e) {
      throw GraphException.badRequest(
          "invalidRequest", "'" + dt + "' is not a valid date and time.");
    }
  }

  static ObjectNode addLink(TodoStore.TodoTask task, JsonNode body) {
    ObjectNode link = Json.object();
    link.put("id", Ids.guid());
    writeLink(link, body);
    task.linkedResources.put(link.get("id").asString(), link);
    return link;
  }

  static void writeLink(ObjectNode link, JsonNode body) {
    for (Map.Entry<String, JsonNode> p : body.properties()) {
      if (p.getKey().startsWith("@") || p.getKey().equals("id")) {
        continue;
      }
      if (!LINK_PROPS.contains(p.getKey())) {
        throw GraphException.badRequest(
            "invalidRequest",
            "The property '"
                + p.getKey()
                + "' does not exist on type 'microsoft.graph.linkedResource'.");
      }
      if (p.getValue().isNull()) {
        link.remove(p.getKey());
      } else {
        link.put(p.getKey(), p.getValue().asString());
      }
    }
  }

  static ObjectNode render(TodoStore.TodoTask task, boolean withLinks) {
    ObjectNode out = Json.object();
    out.put("@odata.etag", "W/\"" + task.etag + "\"");
    out.setAll(task.data);
    if (withLinks) {
      ArrayNode links = out.putArray("linkedResources");
      task.linkedResources.values().forEach(l -> links.add(l.deepCopy()));
    }
    return out;
  }
}
