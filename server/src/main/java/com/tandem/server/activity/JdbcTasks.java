package com.tandem.server.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tasks in {@code tasks}; each write appends to the feed in its transaction. */
@Repository
class JdbcTasks implements Tasks {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ChangeFeed feed;
  private final Clock clock;
  private final VersionedRows rows;
  private final JdbcTemplate batch;

  JdbcTasks(
      JdbcClient jdbc,
      JdbcTemplate batch,
      PlatformTransactionManager transactions,
      ChangeFeed feed,
      Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.tx = new TransactionTemplate(transactions);
    this.feed = feed;
    this.clock = clock;
    this.rows = new VersionedRows(jdbc, feed, "tasks", ChangeType.TASK);
  }

  @Override
  public Optional<Task> find(long userId, String id) {
    return jdbc.sql("SELECT * FROM tasks WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
        .params(id, userId)
        .query(JdbcTasks::task)
        .optional();
  }

  @Override
  public List<Task> list(long userId, TaskStatus status, int offset, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT * FROM tasks WHERE user_id = ? AND deleted_at IS NULL");
    List<Object> params = new ArrayList<>(List.of(userId));
    if (status != null) {
      sql.append(" AND status = ?");
      params.add(status.name());
    }
    // closed tasks last, then by due date (undated last), then oldest first
    sql.append(
        " ORDER BY CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END,"
            + " CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, created_at, id"
            + " LIMIT ? OFFSET ?");
    params.add(limit);
    params.add(offset);
    return jdbc.sql(sql.toString()).params(params).query(JdbcTasks::task).list();
  }

  @Override
  public Task create(long userId, TaskFields fields, Origin origin) {
    return tx.execute(
        status -> find(userId, createAll(userId, List.of(fields), origin).get(0)).orElseThrow());
  }

  @Override
  public List<String> createAll(long userId, List<TaskFields> fields, Origin origin) {
    if (fields.isEmpty()) {
      return List.of();
    }
    return tx.execute(
        status -> {
          OffsetDateTime now = now();
          List<String> ids = new ArrayList<>(fields.size());
          List<Object[]> values = new ArrayList<>(fields.size());
          for (TaskFields f : fields) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            List<Object> row = new ArrayList<>(List.of(id, userId));
            row.addAll(content(f, null));
            row.addAll(List.of(now, now, origin.name()));
            values.add(row.toArray());
          }
          batch.batchUpdate(
              "INSERT INTO tasks (id, user_id, subject, description, due_date, start_date,"
                  + " status, priority, reminder_at, completed_at, version, created_at,"
                  + " updated_at, last_origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
              values);
          feed.appendAll(ChangeType.TASK, ids, userId, ChangeOp.UPSERT, origin);
          return ids;
        });
  }

  @Override
  public Optional<Task> update(
      long userId, String id, TaskFields fields, Origin origin, Long expectedVersion) {
    return tx.execute(
        status -> {
          Optional<Task> current = find(userId, id);
          if (current.isEmpty()) {
            return Optional.<Task>empty();
          }
          long version = VersionedRows.check(current.get().version(), expectedVersion);
          int changed =
              jdbc.sql(
                      "UPDATE tasks SET subject = ?, description = ?, due_date = ?,"
                          + " start_date = ?, status = ?, priority = ?, reminder_at = ?,"
                          + " completed_at = ?, version = version + 1, updated_at = ?,"
                          + " last_origin = ?"
                          + " WHERE id = ? AND user_id = ? AND version = ? AND deleted_at IS NULL")
                  .params(content(fields, current.get().fields().completedAt()))
                  .params(now(), origin.name(), id, userId, version)
                  .update();
          if (changed == 0) {
            rows.failIfChangedMeanwhile(userId, id);
            return Optional.<Task>empty();
          }
          feed.append(ChangeType.TASK, id, userId, ChangeOp.UPSERT, origin);
          return find(userId, id);
        });
  }

  @Override
  public boolean delete(long userId, String id, Origin origin, Long expectedVersion) {
    return Boolean.TRUE.equals(
        tx.execute(status -> rows.delete(userId, id, origin, expectedVersion, now())));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /**
   * The content columns, in the order the INSERT and UPDATE above name them. A task closed without
   * a completion time keeps the one it had, or gets now.
   */
  private List<Object> content(TaskFields f, Instant completedBefore) {
    Instant completed = f.completedAt();
    if (f.status() == TaskStatus.CLOSED && completed == null) {
      completed = completedBefore != null ? completedBefore : clock.instant();
    }
    List<Object> values = new ArrayList<>();
    values.add(f.subject());
    values.add(f.description());
    values.add(f.dueDate());
    values.add(f.startDate());
    values.add(f.status().name());
    values.add(f.priority().name());
    values.add(f.reminderAt() == null ? null : utc(f.reminderAt()));
    values.add(completed == null ? null : utc(completed));
    return values;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Task task(ResultSet rs, int row) throws SQLException {
    OffsetDateTime reminder = rs.getObject("reminder_at", OffsetDateTime.class);
    OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
    TaskFields fields =
        new TaskFields(
            rs.getString("subject"),
            rs.getString("description"),
            rs.getObject("due_date", LocalDate.class),
            rs.getObject("start_date", LocalDate.class),
            TaskStatus.valueOf(rs.getString("status")),
            TaskPriority.valueOf(rs.getString("priority")),
            reminder == null ? null : reminder.toInstant(),
            completed == null ? null : completed.toInstant());
    return new Task(
        rs.getString("id"),
        rs.getLong("user_id"),
        fields,
        rs.getLong("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        Origin.valueOf(rs.getString("last_origin")));
  }
}
