package com.tandem.graph;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The pages of one delta round, which the caller pulls one after another: when it is handed a page
 * that has a next one, that next page is already being fetched, so Graph's answer time overlaps the
 * caller's work on the page (at most two pages in memory). Nothing runs inside the caller's
 * handling of a page. Close it when stopping early, so that a page fetched ahead is dropped.
 *
 * @param <T> the item type
 */
public final class DeltaPages<T> implements AutoCloseable {

  /** Fetches the page a link points at. */
  interface Fetch<T> {
    DeltaPage<T> page(String nextLink);
  }

  private final Fetch<T> fetch;
  private Supplier<DeltaPage<T>> first;
  private CompletableFuture<DeltaPage<T>> coming;
  private DeltaPage<T> last;
  private boolean closed;

  DeltaPages(Supplier<DeltaPage<T>> first, Fetch<T> fetch) {
    this.first = first;
    this.fetch = fetch;
  }

  /**
   * The round's next page, or empty once its last page was handed out. A failure to read a page
   * (throttled, sync state expired, …) is thrown here, as the read itself would throw it.
   */
  public Optional<DeltaPage<T>> next() {
    if (closed) {
      throw new IllegalStateException("the delta pages are closed");
    }
    DeltaPage<T> page;
    if (first != null) {
      Supplier<DeltaPage<T>> reading = first;
      first = null;
      page = reading.get();
    } else if (coming != null) {
      CompletableFuture<DeltaPage<T>> awaited = coming;
      coming = null;
      page = Pages.await(awaited);
    } else {
      return Optional.empty();
    }
    if (!page.last()) {
      String link = page.nextLink();
      coming = CompletableFuture.supplyAsync(() -> fetch.page(link), Pages.PREFETCH);
    }
    last = page;
    return Optional.of(page);
  }

  /** The delta link to store for the next round, once the last page was handed out. */
  public String deltaLink() {
    if (last == null || !last.last()) {
      throw new NoSuchElementException("the round's last page was not read yet");
    }
    return last.deltaLink();
  }

  /** Drops a page fetched ahead, if any. */
  @Override
  public void close() {
    closed = true;
    if (coming != null) {
      coming.cancel(false);
      coming = null;
    }
  }
}
