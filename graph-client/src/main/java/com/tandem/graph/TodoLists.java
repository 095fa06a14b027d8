package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.model.TodoTaskList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** A mailbox's Microsoft To Do lists. */
public final class TodoLists {

  private final GraphHttp http;
  private final Pages pages;

  TodoLists(GraphHttp http) {
    this.http = http;
    this.pages = new Pages(http);
  }

  /** All lists of the mailbox. */
  public List<TodoTaskList> list(Mailbox mailbox) {
    return pages.all(
        mailbox, http.uri(mailbox.path("todo", "lists"), Map.of()), TodoTaskList.class);
  }

  /**
   * The built-in default list ({@code wellknownListName == defaultList}), if the mailbox has one.
   */
  public Optional<TodoTaskList> defaultList(Mailbox mailbox) {
    return list(mailbox).stream().filter(TodoTaskList::defaultList).findFirst();
  }

  /** Creates a list with a name. */
  public TodoTaskList create(Mailbox mailbox, String displayName) {
    Checks.text(displayName, "displayName");
    String path = mailbox.path("todo", "lists");
    JsonNode body = GraphJson.MAPPER.createObjectNode().put("displayName", displayName);
    JsonNode created = http.write(mailbox, "POST", http.uri(path, Map.of()), body, null);
    GraphError context = GraphError.of("POST " + path, 201, null, "no list in answer", null);
    if (created == null) {
      throw new MalformedResponseException(context, null);
    }
    return GraphJson.value(created, TodoTaskList.class, context);
  }

  /** Starts a delta round over the lists and returns the delta link for the next round. */
  public String delta(Mailbox mailbox, Consumer<DeltaPage<TodoTaskList>> onPage) {
    return pages.delta(
        mailbox,
        http.uri(mailbox.path("todo", "lists", "delta"), Map.of()),
        TodoTaskList.class,
        onPage);
  }

  /** Continues a list delta from a stored link and returns the new delta link. */
  public String resume(Mailbox mailbox, String link, Consumer<DeltaPage<TodoTaskList>> onPage) {
    return pages.delta(mailbox, http.storedLink(link), TodoTaskList.class, onPage);
  }
}
