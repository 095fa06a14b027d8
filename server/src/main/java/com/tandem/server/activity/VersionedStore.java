package com.tandem.server.activity;

import java.util.List;
import java.util.Optional;

/**
 * The CRM's items of one kind per owner (a user, or an organization: {@link Owner}). Every write is
 * versioned, records its {@link Origin} and appends to the {@link ChangeFeed} in the same
 * transaction; deletes leave a tombstone.
 *
 * @param <T> the content
 * @param <I> the stored item
 */
public interface VersionedStore<T, I extends VersionedItem<T>> {

  /** The owner's live (not deleted) item with this id. */
  Optional<I> find(long ownerId, String id);

  /** Creates an item with a new id and version 1. */
  I create(long ownerId, T fields, Origin origin);

  /**
   * Creates several items, each with a new id and version 1, in one transaction (sync imports pages
   * of them); returns their ids in the order given.
   */
  List<String> createAll(long ownerId, List<T> fields, Origin origin);

  /**
   * Replaces a live item's content; empty when there is none. With a non-null {@code
   * expectedVersion} that is not the current one, throws {@link StaleVersionException}.
   */
  Optional<I> update(long ownerId, String id, T fields, Origin origin, Long expectedVersion);

  /**
   * Deletes a live item, leaving a tombstone; false when there is none. Checks {@code
   * expectedVersion} like {@link #update}.
   */
  boolean delete(long ownerId, String id, Origin origin, Long expectedVersion);
}
