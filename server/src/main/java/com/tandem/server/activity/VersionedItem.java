package com.tandem.server.activity;

import java.time.Instant;

/**
 * A stored CRM item of any kind (an event, a task, a contact): its id, owner, content, version and
 * the origin of its last write. Every write moves the version; deletes leave a tombstone.
 *
 * @param <T> its content
 */
public interface VersionedItem<T> {

  /** Its id. */
  String id();

  /** Whose it is: the user's id, or the organization's for a kind an organization owns. */
  long ownerId();

  /** Its content. */
  T fields();

  /** Its version, moved by every write (the number inside its ETag). */
  long version();

  /** When it was last written. */
  Instant updatedAt();

  /** Who wrote it last. */
  Origin lastOrigin();
}
