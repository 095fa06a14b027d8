package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.model.RemovedReason;
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
  static final ExecutorService PREFETCH =
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
    each(mailbox, first, type, values::addAll);
    return values;
  }

  /** Hands each page of a collection to {@code onPage} as it is read, following next links. */
  <T> void each(Mailbox mailbox, URI first, Class<T> type, Consumer<List<T>> onPage) {
    URI next = first;
    while (next != null) {
      JsonNode page = http.get(mailbox, next);
      GraphError context = context(next);
      List<T> values = new ArrayList<>();
      for (JsonNode item : array(page, context)) {
        values.add(GraphJson.value(item, type, context));
      }
      onPage.accept(values);
      String link = GraphJson.text(page, "@odata.nextLink");
      next = link == null ? null : http.returnedLink(link, context);
    }
  }

  /** The pages of a delta round starting at {@code first}, pulled by the caller. */
  <T> DeltaPages<T> deltaPages(Mailbox mailbox, URI first, Class<T> type) {
    return new DeltaPages<>(
        () -> deltaPage(http.get(mailbox, first), context(first), type), next(mailbox, type));
  }

  /** The pages of a delta round whose first request was answered in a batch. */
  <T> DeltaPages<T> deltaPages(Mailbox mailbox, BatchResult batch, String id, Class<T> type) {
    GraphError context =
        GraphError.of("$batch request " + id, 200, null, "not a Graph collection", null);
    return new DeltaPages<>(() -> deltaPage(batch.json(id), context, type), next(mailbox, type));
  }

  private <T> DeltaPages.Fetch<T> next(Mailbox mailbox, Class<T> type) {
    return nextLink -> {
      URI next = http.returnedLink(nextLink, GraphError.of("delta page", 200, null, "", null));
      return deltaPage(http.get(mailbox, next), context(next), type);
    };
  }

  /**
   * Reads a delta round page by page, handing each page to the callback, and returns the round's
   * {@code @odata.deltaLink}; the next page is fetched while the callback works.
   */
  <T> String delta(Mailbox mailbox, URI first, Class<T> type, Consumer<DeltaPage<T>> onPage) {
    return drain(deltaPages(mailbox, first, type), onPage);
  }

  /** Goes on with a delta round whose first request was answered in a batch. */
  <T> String delta(
      Mailbox mailbox, BatchResult batch, String id, Class<T> type, Consumer<DeltaPage<T>> onPage) {
    return drain(deltaPages(mailbox, batch, id, type), onPage);
  }

  private static <T> String drain(DeltaPages<T> pages, Consumer<DeltaPage<T>> onPage) {
    try (pages) {
      for (var page = pages.next(); page.isPresent(); page = pages.next()) {
        onPage.accept(page.get());
      }
      return pages.deltaLink();
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

  static <T> T await(CompletableFuture<T> future) {
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
