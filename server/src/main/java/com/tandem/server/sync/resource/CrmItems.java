package com.tandem.server.sync.resource;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SyncFields;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The CRM side of one resource, in the engine's vocabulary. Writes are made with origin {@code
 * SYNC} and join the caller's transaction, so that a CRM write and its link commit together.
 *
 * @param <F> the kind of item
 */
public interface CrmItems<F extends SyncFields<F>> {

  /** The item's current state; empty when it does not exist or is deleted. */
  Optional<ItemState<F>> find(long userId, String crmId);

  /**
   * Hands over every live item of the user (for events: those overlapping the window), for a first
   * sync or a full re-read.
   */
  void forEachLive(long userId, SyncWindow window, Consumer<ItemState<F>> each);

  /** Creates the item; returns its id and version. */
  ItemVersion create(long userId, F fields);

  /**
   * Creates several items, all or none (a page of imports writes them together); returns their ids
   * and versions in the order given.
   */
  default List<ItemVersion> createAll(long userId, List<F> fields) {
    return fields.stream().map(f -> create(userId, f)).toList();
  }

  /**
   * Replaces the item's content if its version is still {@code expectedVersion}; empty when the
   * item is gone. Throws {@link com.tandem.server.activity.StaleVersionException} when it changed
   * meanwhile.
   */
  Optional<ItemVersion> update(long userId, String crmId, F fields, String expectedVersion);

  /**
   * Deletes the item if its version is still {@code expectedVersion} (any version when null); false
   * when it is already gone. Throws {@link com.tandem.server.activity.StaleVersionException} when
   * it changed meanwhile.
   */
  boolean delete(long userId, String crmId, String expectedVersion);

  /** Whether the item falls inside the window (always true for tasks). */
  boolean inWindow(F fields, SyncWindow window);

  /** The item's title, for logs and pages. */
  String title(F fields);
}
