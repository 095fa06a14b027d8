package com.tandem.graph;

import java.util.List;
import java.util.Optional;

/**
 * One page of a delta round.
 *
 * @param items the page's items in Graph's order (the same id may appear twice in a round)
 * @param nextLink the link to the next page, or null on the last page
 * @param deltaLink the link to store for the next round, present on the last page only
 * @param <T> the item type
 */
public record DeltaPage<T>(List<DeltaItem<T>> items, String nextLink, String deltaLink) {

  /** Copies the items and checks that the page says how to go on. */
  public DeltaPage {
    items = List.copyOf(items);
    if (nextLink == null && deltaLink == null) {
      throw new IllegalArgumentException("a delta page has a nextLink or a deltaLink");
    }
  }

  /** Whether this is the round's last page, carrying the delta link. */
  public boolean last() {
    return nextLink == null;
  }

  /** The link to resume from if the round stops after this page. */
  public String resumeLink() {
    return nextLink != null ? nextLink : deltaLink;
  }

  /** The delta link, on the last page. */
  public Optional<String> finalDeltaLink() {
    return Optional.ofNullable(deltaLink);
  }
}
