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
 * The rules every kind of CRM item shares, over one table of rows with {@code id}, the owner's
 * column ({@code user_id} or {@code organization_id}, see {@link Owner}), {@code version,
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
  private final String ownerColumn;

  /** {@code table} and {@code columns} are Tandem's own names, never input. */
  public JdbcVersionedStore(
      ActivityDatabase db, String table, ChangeType type, List<String> columns) {
    this.db = db;
    this.table = table;
    this.type = type;
    this.columns = List.copyOf(columns);
    this.ownerColumn = type.owner().column;
  }

  /** The item of a row read with {@code SELECT *}. */
  protected abstract I item(ResultSet rs) throws SQLException;

  /** The values of the content columns, in their order; {@code current} is null for a create. */
  protected abstract List<Object> content(T fields, I current);

  /**
   * Writes what the kind keeps beside its row (a contact's addresses), in the write's transaction,
   * after the row was created or replaced. Nothing by default.
   */
  protected void written(long ownerId, String id, T fields) {}

  /** Removes what {@link #written} kept, in the delete's transaction. Nothing by default. */
  protected void deleted(long ownerId, String id) {}

  @Override
  public Optional<I> find(long ownerId, String id) {
    return db.jdbc
        .sql(
            "SELECT * FROM "
                + table
                + " WHERE id = ? AND "
                + ownerColumn
                + " = ? AND deleted_at IS NULL")
        .params(id, ownerId)
        .query((rs, n) -> item(rs))
        .optional();
  }

  /** Live items of the owner that match {@code where}, in {@code order}, a page of them. */
  protected List<I> select(
      long ownerId, String where, List<Object> params, String order, int offset, int limit) {
    List<Object> all = new ArrayList<>();
    all.add(ownerId);
    all.addAll(params);
    all.add(limit);
    all.add(offset);
    return db.jdbc
        .sql(
            "SELECT * FROM "
                + table
                + " WHERE "
                + ownerColumn
                + " = ? AND deleted_at IS NULL"
                + where
                + " ORDER BY "
                + order
                + " LIMIT ? OFFSET ?")
        .params(all)
        .query((rs, n) -> item(rs))
        .list();
  }

  @Override
  public I create(long ownerId, T fields, Origin origin) {
    return db.tx.execute(
        status -> find(ownerId, createAll(ownerId, List.of(fields), origin).get(0)).orElseThrow());
  }

  @Override
  public List<String> createAll(long ownerId, List<T> fields, Origin origin) {
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
            List<Object> row = new ArrayList<>(List.of(id, ownerId));
            row.addAll(content(f, null));
            row.addAll(List.of(now, now, origin.name()));
            values.add(row.toArray());
          }
          db.batch.batchUpdate(
              "INSERT INTO "
                  + table
                  + " (id, "
                  + ownerColumn
                  + ", "
                  + String.join(", ", columns)
                  + ", version, created_at, updated_at, last_origin) VALUES (?, ?, "
                  + marks(columns.size())
                  + ", 1, ?, ?, ?)",
              values);
          for (int i = 0; i < ids.size(); i++) {
            written(ownerId, ids.get(i), fields.get(i));
          }
          db.feed.appendAll(type, ids, ownerId, ChangeOp.UPSERT, origin);
          return ids;
        });
  }

  @Override
  public Optional<I> update(
      long ownerId, String id, T fields, Origin origin, Long expectedVersion) {
    return db.tx.execute(
        status -> {
          Optional<I> current = find(ownerId, id);
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
                          + " WHERE id = ? AND "
                          + ownerColumn
                          + " = ? AND version = ? AND deleted_at IS NULL")
                  .params(content(fields, current.get()))
                  .params(now(), origin.name(), id, ownerId, version)
                  .update();
          if (changed == 0) {
            failIfChangedMeanwhile(ownerId, id);
            return Optional.<I>empty();
          }
          written(ownerId, id, fields);
          db.feed.append(type, id, ownerId, ChangeOp.UPSERT, origin);
          return find(ownerId, id);
        });
  }

  @Override
  public boolean delete(long ownerId, String id, Origin origin, Long expectedVersion) {
    return Boolean.TRUE.equals(
        db.tx.execute(
            status -> {
              Optional<Long> current = currentVersion(ownerId, id);
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
                              + " WHERE id = ? AND "
                              + ownerColumn
                              + " = ? AND version = ?"
                              + " AND deleted_at IS NULL")
                      .params(now, now, origin.name(), id, ownerId, version)
                      .update();
              if (changed == 0) {
                failIfChangedMeanwhile(ownerId, id);
                return false;
              }
              deleted(ownerId, id);
              db.feed.append(type, id, ownerId, ChangeOp.DELETE, origin);
              return true;
            }));
  }

  /** The version of a live row, or empty when it does not exist or is a tombstone. */
  private Optional<Long> currentVersion(long ownerId, String id) {
    return db.jdbc
        .sql(
            "SELECT version FROM "
                + table
                + " WHERE id = ? AND "
                + ownerColumn
                + " = ? AND deleted_at IS NULL")
        .params(id, ownerId)
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
  private void failIfChangedMeanwhile(long ownerId, String id) {
    Optional<Long> now = currentVersion(ownerId, id);
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
