package com.tandem.server.sync.resource;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.graph.DeltaPage;
import com.tandem.graph.DeltaPages;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One round of what Microsoft reports for a resource, which the run pulls page by page and applies
 * between pulls (nothing of the run happens inside the Graph client). Close it when stopping early.
 *
 * @param <F> the kind of item
 */
public interface MicrosoftPages<F extends SyncFields<F>> extends AutoCloseable {

  /** The round's next page, or empty after its last; throws what reading it met. */
  Optional<MicrosoftPage<F>> next();

  /** The delta link to store for the next round, once the last page was pulled. */
  String deltaLink();

  @Override
  void close();

  /** Graph's pages of a round, each turned into the engine's vocabulary as it is pulled. */
  static <T, F extends SyncFields<F>> MicrosoftPages<F> of(
      DeltaPages<T> pages, Function<DeltaPage<T>, MicrosoftPage<F>> map) {
    return new MicrosoftPages<>() {
      @Override
      public Optional<MicrosoftPage<F>> next() {
        return pages.next().map(map);
      }

      @Override
      public String deltaLink() {
        return pages.deltaLink();
      }

      @Override
      public void close() {
        pages.close();
      }
    };
  }

  /** Pulls every page into {@code each} and returns the delta link (for tests and tools). */
  static <F extends SyncFields<F>> String drain(
      MicrosoftPages<F> pages, Consumer<MicrosoftPage<F>> each) {
    try (pages) {
      for (var page = pages.next(); page.isPresent(); page = pages.next()) {
        each.accept(page.get());
      }
      return pages.deltaLink();
    }
  }
}
