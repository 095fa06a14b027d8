package com.tandem.graph;

import com.tandem.graph.model.RemovedReason;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a delta page: an item that was created or changed, or the id of a removed one.
 *
 * @param id the item's id
 * @param value the item as Graph sent it, or null when removed
 * @param removed why it was removed, or null when it was created or changed
 * @param <T> the item type
 */
public record DeltaItem<T>(String id, T value, RemovedReason removed) {

  /** Checks that exactly one of value and removed is present. */
  public DeltaItem {
    Objects.requireNonNull(id, "id == null");
    if ((value == null) == (removed == null)) {
      throw new IllegalArgumentException("a delta item is either a value or removed");
    }
  }

  /** A created or changed item. */
  public static <T> DeltaItem<T> changed(String id, T value) {
    return new DeltaItem<>(id, Objects.requireNonNull(value, "value == null"), null);
  }

  /** A removed item. */
  public static <T> DeltaItem<T> removed(String id, RemovedReason reason) {
    return new DeltaItem<>(id, null, Objects.requireNonNull(reason, "reason == null"));
  }

  /** Whether Graph reported the item as removed ({@code @removed}). */
  public boolean wasRemoved() {
    return removed != null;
  }

  /** The item, unless it was removed. */
  public Optional<T> item() {
    return Optional.ofNullable(value);
  }
}
