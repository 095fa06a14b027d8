package com.tandem.graph;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** Follows {@code @odata.nextLink} through collection and delta pages, one page in memory. */
final class Pages {

  /** Fetches next pages; idle threads end after a minute. */
  private static final ExecutorService PREFETCH =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          60,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          work -> {
            Thread thread = new Thread(work, "graph-next-page");
            thread.setDaemon(true);
            return thread;
          });

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
   * Reads a delta round page by page, handing each page to the callback, and returns the round's
   * {@code @odata.deltaLink}.
   */
  <T> String delta(Mailbox mailbox, URI first, Class<T> type, Consumer<DeltaPage<T>> onPage) {
    return delta(mailbox, http.get(mailbox, first), context(first), type, onPage);
  }

  /**
   * Goes on with a delta round from its first page, read elsewhere (e.g. inside a {@code $batch}):
   * hands it and every page after it to the callback and returns the round's delta link. The next
   * page is fetched while the callback works on the current one (at most two pages in memory):
   * Graph's answer time then overlaps the caller's writes.
   */
  <T> String delta(
      Mailbox mailbox,
      JsonNode firstPage,
      GraphError firstContext,
      Class<T> type,
      Consumer<DeltaPage<T>> onPage) {
    DeltaPage<T> page = deltaPage(firstPage, firstContext, type);
    GraphError context = firstContext;
    while (true) {
      if (page.nextLink() == null) {
        onPage.accept(page);
        return page.deltaLink();
      }
      URI next = http.returnedLink(page.nextLink(), context);
      CompletableFuture<DeltaPage<T>> coming =
          CompletableFuture.supplyAsync(
              () -> deltaPage(http.get(mailbox, next), context(next), type), PREFETCH);
      try {
        onPage.accept(page);
      } catch (RuntimeException e) {
        coming.cancel(false);
        throw e;
      }
      page = await(coming);
      context = context(next);
    }
  }

  private static <T> DeltaPage<T> deltaPage(JsonNode page, GraphError context, Class<T> type) {
    List<DeltaItem<T>> items = new ArrayList<>();
    for (JsonNode item : array(page, context)) {
      items.add(deltaItem(item, type, context));
    }
    String nextLink = GraphJson.text(page, "@odata.nextLink");
    String deltaLink = GraphJson.text(page, "@odata.deltaLink");
    if (nextLink == null && deltaLink == null) {
      throw new MalformedResponseException(context, null);
    }
    return new DeltaPage<>(items, nextLink, deltaLink);
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
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
