package com.tandem.engine.reconcile;

import java.util.Objects;

/**
 * What one side reports about an item since the last run: its new state, or that it is gone.
 *
 * @param <F> the kind of item
 */
public sealed interface SideChange<F extends SyncFields<F>> {

  /** The item's id on its side. */
  String id();

  /** The item was created or modified (or merely touched); it now looks like this. */
  static <F extends SyncFields<F>> SideChange<F> upserted(ItemState<F> item) {
    return new Upserted<>(item);
  }

  /** The item was deleted. */
  static <F extends SyncFields<F>> SideChange<F> deleted(String id) {
    return new Deleted<>(id);
  }

  /**
   * An item that exists, in its current state.
   *
   * @param item the current state
   * @param <F> the kind of item
   */
  record Upserted<F extends SyncFields<F>>(ItemState<F> item) implements SideChange<F> {
    /** Checks the argument. */
    public Upserted {
      Objects.requireNonNull(item, "item == null");
    }

    @Override
    public String id() {
      return item.id();
    }
  }

  /**
   * An item that no longer exists.
   *
   * @param id its id on its side
   * @param <F> the kind of item
   */
  record Deleted<F extends SyncFields<F>>(String id) implements SideChange<F> {
    /** Checks the argument. */
    public Deleted {
      ItemState.requireText(id, "id");
    }
  }
}
