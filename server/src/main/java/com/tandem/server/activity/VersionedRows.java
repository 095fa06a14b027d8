package com.tandem.server.activity;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The optimistic-locking and tombstone rules that calendar events and tasks share: one table of
 * rows with {@code id, user_id, version, deleted_at, updated_at, last_origin}, whose changes go to
 * the change feed. Callers run these inside their own transaction.
 */
final class VersionedRows {

  private final JdbcClient jdbc;
  private final ChangeFeed feed;
  private final String table;
  private final ChangeType type;

  /** {@code table} is one of Tandem's own table names, never input. */
  VersionedRows(JdbcClient jdbc, ChangeFeed feed, String table, ChangeType type) {
    this.jdbc = jdbc;
    this.feed = feed;
    this.table = table;
    this.type = type;
  }

  /** The version of a live row, or empty when it does not exist or is a tombstone. */
  Optional<Long> currentVersion(long userId, String id) {
    return jdbc.sql(
            "SELECT version FROM " + table + " WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
        .params(id, userId)
        .query(Long.class)
        .optional();
  }

  /** The version to write against, or a {@link StaleVersionException} when the caller's is old. */
  static long check(long current, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != current) {
      throw new StaleVersionException(current);
    }
    return current;
  }

  /**
   * After a conditional update touched no row: another writer got in between our read and our
   * update. Throws when the row still lives (with its new version); returns when it was deleted.
   */
  void failIfChangedMeanwhile(long userId, String id) {
    Optional<Long> now = currentVersion(userId, id);
    if (now.isPresent()) {
      throw new StaleVersionException(now.get());
    }
  }

  /** Turns a live row into a tombstone and reports it; false when there was nothing to delete. */
  boolean delete(long userId, String id, Origin origin, Long expectedVersion, OffsetDateTime now) {
    Optional<Long> current = currentVersion(userId, id);
    if (current.isEmpty()) {
      return false;
    }
    long version = check(current.get(), expectedVersion);
    int changed =
        jdbc.sql(
                "UPDATE "
                    + table
                    + " SET deleted_at = ?, updated_at = ?, version = version + 1, last_origin = ?"
                    + " WHERE id = ? AND user_id = ? AND version = ? AND deleted_at IS NULL")
            .params(now, now, origin.name(), id, userId, version)
            .update();
    if (changed == 0) {
      failIfChangedMeanwhile(userId, id);
      return false;
    }
    feed.append(type, id, userId, ChangeOp.DELETE, origin);
    return true;
  }
}
