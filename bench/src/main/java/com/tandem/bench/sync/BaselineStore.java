package com.tandem.bench.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/**
 * The database half of the import baseline: one JDBC batch per delta page into tables shaped like
 * the CRM's {@code calendar_events} and {@code tasks} plus the Microsoft id and version a link
 * needs, in Tandem's own H2. What the sync does on top (links, change feed, item log, checks) is
 * what the ratio prices.
 */
final class BaselineStore {

  private static final String EVENTS =
      "CREATE TABLE IF NOT EXISTS bench_baseline_events (id VARCHAR(36) PRIMARY KEY, user_id BIGINT"
          + " NOT NULL, microsoft_id VARCHAR(512) NOT NULL, change_key VARCHAR(200), title"
          + " VARCHAR(255) NOT NULL, description TEXT, start_local TIMESTAMP NOT NULL, end_local"
          + " TIMESTAMP NOT NULL, time_zone VARCHAR(64) NOT NULL, start_utc TIMESTAMP WITH TIME"
          + " ZONE NOT NULL, end_utc TIMESTAMP WITH TIME ZONE NOT NULL, all_day BOOLEAN NOT NULL,"
          + " location VARCHAR(255), show_as VARCHAR(20) NOT NULL, version BIGINT NOT NULL,"
          + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)";
  private static final String TASKS =
      "CREATE TABLE IF NOT EXISTS bench_baseline_tasks (id VARCHAR(36) PRIMARY KEY, user_id BIGINT"
          + " NOT NULL, microsoft_id VARCHAR(512) NOT NULL, change_key VARCHAR(200), subject"
          + " VARCHAR(255) NOT NULL, description TEXT, due_date DATE, status VARCHAR(20) NOT NULL,"
          + " priority VARCHAR(10) NOT NULL, version BIGINT NOT NULL, created_at TIMESTAMP WITH"
          + " TIME ZONE NOT NULL)";

  private final DataSource dataSource;

  BaselineStore(DataSource dataSource) {
    this.dataSource = dataSource;
    execute(EVENTS);
    execute(TASKS);
  }

  /** Inserts one page of Graph events in one batch and transaction; returns the rows written. */
  int insertEvents(long userId, JsonNode items) {
    return batch(
        "INSERT INTO bench_baseline_events (id, user_id, microsoft_id, change_key, title,"
            + " description, start_local, end_local, time_zone, start_utc, end_utc, all_day,"
            + " location, show_as, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, 1, ?)",
        items,
        (ps, item) -> {
          LocalDateTime start = LocalDateTime.parse(item.path("start").path("dateTime").asString());
          LocalDateTime end = LocalDateTime.parse(item.path("end").path("dateTime").asString());
          ZoneId zone = ZoneId.of(item.path("start").path("timeZone").asString("UTC"));
          ps.setString(1, UUID.randomUUID().toString());
          ps.setLong(2, userId);
          ps.setString(3, item.path("id").asString());
          ps.setString(4, item.path("changeKey").asString(null));
          ps.setString(5, item.path("subject").asString());
          ps.setString(6, item.path("body").path("content").asString(null));
          ps.setTimestamp(7, Timestamp.valueOf(start));
          ps.setTimestamp(8, Timestamp.valueOf(end));
          ps.setString(9, zone.getId());
          ps.setObject(10, start.atZone(zone).toOffsetDateTime());
          ps.setObject(11, end.atZone(zone).toOffsetDateTime());
          ps.setBoolean(12, item.path("isAllDay").asBoolean(false));
          ps.setString(13, item.path("location").path("displayName").asString(null));
          ps.setString(14, item.path("showAs").asString("busy"));
          ps.setObject(15, OffsetDateTime.now(ZoneOffset.UTC));
        });
  }

  /** Inserts one page of To Do tasks in one batch and transaction; returns the rows written. */
  int insertTasks(long userId, JsonNode items) {
    return batch(
        "INSERT INTO bench_baseline_tasks (id, user_id, microsoft_id, change_key, subject,"
            + " description, due_date, status, priority, version, created_at) VALUES (?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, 1, ?)",
        items,
        (ps, item) -> {
          JsonNode due = item.path("dueDateTime").path("dateTime");
          ps.setString(1, UUID.randomUUID().toString());
          ps.setLong(2, userId);
          ps.setString(3, item.path("id").asString());
          ps.setString(4, item.path("@odata.etag").asString(null));
          ps.setString(5, item.path("title").asString());
          ps.setString(6, item.path("body").path("content").asString(null));
          ps.setObject(
              7, due.isMissingNode() ? null : LocalDate.parse(due.asString().substring(0, 10)));
          ps.setString(8, item.path("status").asString("notStarted"));
          ps.setString(9, item.path("importance").asString("normal"));
          ps.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
        });
  }

  private interface Binder {
    void bind(PreparedStatement ps, JsonNode item) throws SQLException;
  }

  private int batch(String sql, JsonNode items, Binder binder) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      int rows = 0;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (JsonNode item : items) {
          if (item.has("@removed")) {
            continue;
          }
          binder.bind(ps, item);
          ps.addBatch();
          rows++;
        }
        ps.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("baseline insert failed: " + e.getMessage(), e);
    }
  }

  private void execute(String sql) {
    try (Connection c = dataSource.getConnection();
        var statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
