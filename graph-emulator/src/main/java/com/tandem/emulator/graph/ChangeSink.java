package com.tandem.emulator.graph;

import com.tandem.emulator.directory.Account;

/** Told about every change to a mailbox, for change notifications. */
public interface ChangeSink {
  /**
   * An item changed.
   *
   * @param owner the mailbox owner
   * @param collection the collection path under the user, e.g. {@code events} or {@code
   *     todo/lists/{id}/tasks}
   * @param itemId the item id
   * @param changeType {@code created}, {@code updated} or {@code deleted}
   * @param odataType the item's OData type, e.g. {@code #microsoft.graph.event}
   * @param etag the item's etag (null when deleted)
   */
  void changed(
      Account owner,
      String collection,
      String itemId,
      String changeType,
      String odataType,
      String etag);

  /** A sink that ignores changes. */
  ChangeSink NONE = (owner, collection, itemId, changeType, odataType, etag) -> {};
}
