package com.tandem.graph;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** Follows {@code @odata.nextLink} through collection and delta pages, one page in memory. */
final class Pages {

  private final GraphHttp http;

  Pages(GraphHttp http) {
    this.http = http;
  }

  /** Reads every page of a small collection (lists, folders, search results) into a list. */
  <T> List<T> all(Mailbox mailbox, URI first, Class<T> type) {
    List<T> values = new ArrayList<>();
    URI next = first;
    while (next != null) {
      JsonNode page = http.get(mailbox, next);
      GraphError context = context(next);
      for (JsonNode item : array(page, context)) {
        values.add(GraphJson.value(item, type, context));
      }
      String link = GraphJson.text(page, "@odata.nextLink");
      next = link == null ? null : http.returnedLink(link, context);
    }
    return values;
  }

  /**
   * Reads a delta round page by page, handing each page to the callback before fetching the next,
   * and returns the round's {@code @odata.deltaLink}.
   */
  <T> String delta(Mailbox mailbox, URI first, Class<T> type, Consumer<DeltaPage<T>> onPage) {
    return delta(mailbox, http.get(mailbox, first), context(first), type, onPage);
  }

  /**
   * Goes on with a delta round from its first page, read elsewhere (e.g. inside a {@code $batch}):
   * hands it and every page after it to the callback and returns the round's delta link.
   */
  <T> String delta(
      Mailbox mailbox,
      JsonNode firstPage,
      GraphError firstContext,
      Class<T> type,
      Consumer<DeltaPage<T>> onPage) {
    JsonNode page = firstPage;
    GraphError context = firstContext;
    while (true) {
      List<DeltaItem<T>> items = new ArrayList<>();
      for (JsonNode item : array(page, context)) {
        items.add(deltaItem(item, type, context));
      }
      String nextLink = GraphJson.text(page, "@odata.nextLink");
      String deltaLink = GraphJson.text(page, "@odata.deltaLink");
      if (nextLink == null && deltaLink == null) {
        throw new MalformedResponseException(context, null);
      }
      onPage.accept(new DeltaPage<>(items, nextLink, deltaLink));
      if (nextLink == null) {
        return deltaLink;
      }
      URI next = http.returnedLink(nextLink, context);
      page = http.get(mailbox, next);
      context = context(next);
    }
  }

  /** Goes on with a delta round whose first request was answered in a batch. */
  <T> String delta(
      Mailbox mailbox, BatchResult batch, String id, Class<T> type, Consumer<DeltaPage<T>> onPage) {
    JsonNode first = batch.json(id);
    GraphError context =
        GraphError.of("$batch request " + id, 200, null, "not a Graph collection", null);
    return delta(mailbox, first, context, type, onPage);
  }

  /** Reads one delta entry, which is either an item or an {@code @removed} marker. */
  static <T> DeltaItem<T> deltaItem(JsonNode item, Class<T> type, GraphError context) {
    String id = GraphJson.text(item, "id");
    if (id == null) {
      throw new MalformedResponseException(context, null);
    }
    JsonNode removed = item.get("@removed");
    if (removed != null && !removed.isNull()) {
      return DeltaItem.removed(id, RemovedReason.of(GraphJson.text(removed, "reason")));
    }
    return DeltaItem.changed(id, GraphJson.value(item, type, context));
  }

  private static Iterable<JsonNode> array(JsonNode page, GraphError context) {
    JsonNode value = page.get("value");
    if (value == null || !value.isArray()) {
      throw new MalformedResponseException(context, null);
    }
    return value;
  }

  private static GraphError context(URI uri) {
    return GraphError.of("GET " + uri.getRawPath(), 200, null, "not a Graph collection", null);
  }
}
