package com.tandem.server.activity;

import java.util.List;
import java.util.Optional;

/**
 * The CRM's tasks per user. Every write is versioned, records its {@link Origin} and appends to the
 * {@link ChangeFeed} in the same transaction; deletes leave a tombstone.
 */
public interface Tasks {

  /** The user's live (not deleted) task with this id. */
  Optional<Task> find(long userId, String id);

  /** The user's live tasks, optionally only those with one status; open ones by due date first. */
  List<Task> list(long userId, TaskStatus status, int offset, int limit);

  /** Creates a task with a new id and version 1. */
  Task create(long userId, TaskFields fields, Origin origin);

  /**
   * Creates several tasks, each with a new id and version 1, in one transaction (sync imports pages
   * of them); returns their ids in the order given.
   */
  List<String> createAll(long userId, List<TaskFields> fields, Origin origin);

  /**
   * Replaces a live task's content; empty when there is none. With a non-null {@code
   * expectedVersion} that is not the current one, throws {@link StaleVersionException}.
   */
  Optional<Task> update(
      long userId, String id, TaskFields fields, Origin origin, Long expectedVersion);

  /**
   * Deletes a live task, leaving a tombstone; false when there is none. Checks {@code
   * expectedVersion} like {@link #update}.
   */
  boolean delete(long userId, String id, Origin origin, Long expectedVersion);
}
