package com.tandem.server.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules every kind of CRM item shares, over one table of rows with {@code id, user_id, version,
 * created_at, updated_at, deleted_at, last_origin} and the kind's content columns: a new item gets
 * a random id and version 1, a write checks the version expected (optimistic locking) and moves it,
 * a delete leaves a tombstone, and each write appends to the change feed in its transaction. A kind
 * names its table and content columns, and maps its content to and from them.
 *
 * @param <T> the content
 * @param <I> the stored item
 */
public abstract class JdbcVersionedStore<T, I extends VersionedItem<T>>
    implements VersionedStore<T, I> {

  protected final ActivityDatabase db;
  private final String table;
  private final ChangeType type;
  private final List<String> columns;

  /** {@code table} and {@code columns} are Tandem's own names, never input. */
  public JdbcVersionedStore(
      ActivityDatabase db, String table, ChangeType type, List<String> columns) {
    this.db = db;
    this.table = table;
    this.type = type;
    this.columns = List.copyOf(columns);
  }

  /** The item of a row read with {@code SELECT *}. */
  protected abstract I item(ResultSet rs) throws SQLException;

  /** The values of the content columns, in their order; {@code current} is null for a create. */
  protected abstract List<Object> content(T fields, I current);

  @Override
  public Optional<I> find(long userId, String id) {
    return db.jdbc
        .sql("SELECT * FROM " + table + " WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
        .params(id, userId)
        .query((rs, n) -> item(rs))
        .optional();
  }

  /** Live items of the user that match {@code where}, in {@code order}, a page of them. */
  protected List<I> select(
      long userId, String where, List<Object> params, String order, int offset, int limit) {
    List<Object> all = new ArrayList<>();
    all.add(userId);
    all.addAll(params);
    all.add(limit);
    all.add(offset);
    return db.jdbc
        .sql(
            "SELECT * FROM "
                + table
                + " WHERE user_id = ? AND deleted_at IS NULL"
                + where
                + " ORDER BY "
                + order
                + " LIMIT ? OFFSET ?")
        .params(all)
        .query((rs, n) -> item(rs))
        .list();
  }

  @Override
  public I create(long userId, T fields, Origin origin) {
    return db.tx.execute(
        status -> find(userId, createAll(userId, List.of(fields), origin).get(0)).orElseThrow());
  }

  @Override
  public List<String> createAll(long userId, List<T> fields, Origin origin) {
    if (fields.isEmpty()) {
      return List.of();
    }
    return db.tx.execute(
        status -> {
          OffsetDateTime now = now();
          List<String> ids = new ArrayList<>(fields.size());
          List<Object[]> values = new ArrayList<>(fields.size());
          for (T f : fields) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            List<Object> row = new ArrayList<>(List.of(id, userId));
            row.addAll(content(f, null));
            row.addAll(List.of(now, now, origin.name()));
            values.add(row.toArray());
          }
          db.batch.batchUpdate(
              "INSERT INTO "
                  + table
                  + " (id, user_id, "
                  + String.join(", ", columns)
                  + ", version, created_at, updated_at, last_origin) VALUES (?, ?, "
                  + marks(columns.size())
                  + ", 1, ?, ?, ?)",
              values);
          db.feed.appendAll(type, ids, userId, ChangeOp.UPSERT, origin);
          return ids;
        });
  }

  @Override
  public Optional<I> update(long userId, String id, T fields, Origin origin, Long expectedVersion) {
    return db.tx.execute(
        status -> {
          Optional<I> current = find(userId, id);
          if (current.isEmpty()) {
            return Optional.<I>empty();
          }
          long version = check(current.get().version(), expectedVersion);
          int changed =
              db.jdbc
                  .sql(
                      "UPDATE "
                          + table
                          + " SET "
                          + String.join(" = ?, ", columns)
                          + " = ?, version = version + 1, updated_at = ?, last_origin = ?"
                          + " WHERE id = ? AND user_id = ? AND version = ? AND deleted_at IS NULL")
                  .params(content(fields, current.get()))
                  .params(now(), origin.name(), id, userId, version)
                  .update();
          if (changed == 0) {
            failIfChangedMeanwhile(userId, id);
            return Optional.<I>empty();
          }
          db.feed.append(type, id, userId, ChangeOp.UPSERT, origin);
          return find(userId, id);
        });
  }

  @Override
  public boolean delete(long userId, String id, Origin origin, Long expectedVersion) {
    return Boolean.TRUE.equals(
        db.tx.execute(
            status -> {
              Optional<Long> current = currentVersion(userId, id);
              if (current.isEmpty()) {
                return false;
              }
              long version = check(current.get(), expectedVersion);
              OffsetDateTime now = now();
              int changed =
                  db.jdbc
                      .sql(
                          "UPDATE "
                              + table
                              + " SET deleted_at = ?, updated_at = ?, version = version + 1,"
                              + " last_origin = ?"
                              + " WHERE id = ? AND user_id = ? AND version = ?"
                              + " AND deleted_at IS NULL")
                      .params(now, now, origin.name(), id, userId, version)
                      .update();
              if (changed == 0) {
                failIfChangedMeanwhile(userId, id);
                return false;
              }
              db.feed.append(type, id, userId, ChangeOp.DELETE, origin);
              return true;
            }));
  }

  /** The version of a live row, or empty when it does not exist or is a tombstone. */
  private Optional<Long> currentVersion(long userId, String id) {
    return db.jdbc
        .sql(
            "SELECT version FROM " + table + " WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
        .params(id, userId)
        .query(Long.class)
        .optional();
  }

  /** The version to write against, or a {@link StaleVersionException} when the caller's is old. */
  private static long check(long current, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != current) {
      throw new StaleVersionException(current);
    }
    return current;
  }

  /**
   * After a conditional write touched no row: another writer got in between our read and our write.
   * Throws when the row still lives (with its new version); returns when it was deleted.
   */
  private void failIfChangedMeanwhile(long userId, String id) {
    Optional<Long> now = currentVersion(userId, id);
    if (now.isPresent()) {
      throw new StaleVersionException(now.get());
    }
  }

  protected OffsetDateTime now() {
    return utc(db.clock.instant());
  }

  protected static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
