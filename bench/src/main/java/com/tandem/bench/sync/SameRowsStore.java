package com.tandem.bench.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A second, informative import baseline: per delta page, bare JDBC batches of the same four rows
 * Tandem's import writes for each item — the CRM item, its change-feed entry, its link (with the
 * synced fields and their SHA-256) and its run-log entry — into Tandem's own tables, in one
 * transaction; the link holds the synced fields as JSON of the shape Tandem stores. Divided by it,
 * Tandem's rate prices the sync's work apart from what is stored.
 */
final class SameRowsStore {

  private static final String EVENT =
      "INSERT INTO calendar_events (id, user_id, title, description, start_local, end_local,"
          + " time_zone, start_utc, end_utc, series_end_utc, all_day, location, attendees,"
          + " reminder_minutes, show_as, is_private, recurrence, version, created_at, updated_at,"
          + " last_origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', NULL, ?, FALSE,"
          + " NULL, 1, ?, ?, 'SYNC')";
  private static final String TASK =
      "INSERT INTO tasks (id, user_id, subject, description, due_date, status, priority,"
          + " version, created_at, updated_at, last_origin) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?,"
          + " 'SYNC')";
  private static final String CHANGE =
      "INSERT INTO activity_changes (seq, item_type, item_id, user_id, op, origin, changed_at)"
          + " VALUES (?, ?, ?, ?, 'UPSERT', 'SYNC', ?)";
  private static final String LINK =
      "INSERT INTO sync_links (user_id, resource, crm_id, crm_version, microsoft_id,"
          + " microsoft_version, synced_fields, content_hash, synced_at) VALUES (?, ?, ?, '1', ?,"
          + " ?, ?, ?, ?)";
  private static final String LOG =
      "INSERT INTO sync_run_items (run_id, action, target, crm_id, microsoft_id, title, at)"
          + " VALUES (?, 'CREATE', 'CRM', ?, ?, ?, ?)";

  private final DataSource dataSource;

  SameRowsStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Starts a run row for the user's resource; returns its id, for the log entries. */
  long startRun(long userId, String resource) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO sync_runs (user_id, resource, run_trigger, started_at) VALUES (?, ?,"
                    + " 'MANUAL', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, userId);
      ps.setString(2, resource);
      ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("baseline run row failed: " + e.getMessage(), e);
    }
  }

  /** Writes one page of Graph events as Tandem's four rows each; returns the items written. */
  int insertEvents(long userId, long runId, JsonNode page) {
    return write(
        userId,
        runId,
        "CALENDAR",
        "CALENDAR_EVENT",
        page,
        EVENT,
        (ps, id, item, now) -> {
          LocalDateTime start = LocalDateTime.parse(item.path("start").path("dateTime").asString());
          LocalDateTime end = LocalDateTime.parse(item.path("end").path("dateTime").asString());
          ZoneId zone = ZoneId.of(item.path("start").path("timeZone").asString("UTC"));
          OffsetDateTime endUtc = end.atZone(zone).toOffsetDateTime();
          ps.setString(1, id);
          ps.setLong(2, userId);
          ps.setString(3, item.path("subject").asString());
          ps.setString(4, item.path("body").path("content").asString(null));
          ps.setTimestamp(5, Timestamp.valueOf(start));
          ps.setTimestamp(6, Timestamp.valueOf(end));
          ps.setString(7, zone.getId());
          ps.setObject(8, start.atZone(zone).toOffsetDateTime());
          ps.setObject(9, endUtc);
          ps.setObject(10, endUtc);
          ps.setBoolean(11, item.path("isAllDay").asBoolean(false));
          ps.setString(12, item.path("location").path("displayName").asString(null));
          ps.setString(13, item.path("showAs").asString("busy").toUpperCase());
          ps.setObject(14, now);
          ps.setObject(15, now);
          ObjectNode synced = JSON.createObjectNode();
          synced.put("title", item.path("subject").asString());
          synced
              .putObject("description")
              .put("content", item.path("body").path("content").asString(null))
              .put("html", false);
          synced.putObject("start").put("local", start.toString()).put("zone", zone.getId());
          synced.putObject("end").put("local", end.toString()).put("zone", zone.getId());
          synced.put("allDay", item.path("isAllDay").asBoolean(false));
          synced.put("location", item.path("location").path("displayName").asString(null));
          synced.putArray("attendees");
          synced.put("reminderMinutes", item.path("reminderMinutesBeforeStart").asInt(15));
          synced.put("showAs", item.path("showAs").asString("busy").toUpperCase());
          synced.put("isPrivate", false);
          synced.putNull("recurrence");
          return new String[] {item.path("subject").asString(), synced.toString()};
        });
  }

  /** Writes one page of To Do tasks as Tandem's four rows each; returns the items written. */
  int insertTasks(long userId, long runId, JsonNode page) {
    return write(
        userId,
        runId,
        "TASKS",
        "TASK",
        page,
        TASK,
        (ps, id, item, now) -> {
          JsonNode due = item.path("dueDateTime").path("dateTime");
          ps.setString(1, id);
          ps.setLong(2, userId);
          ps.setString(3, item.path("title").asString());
          ps.setString(4, item.path("body").path("content").asString(null));
          ps.setObject(
              5, due.isMissingNode() ? null : LocalDate.parse(due.asString().substring(0, 10)));
          ps.setString(6, "NOT_STARTED");
          ps.setString(7, "NORMAL");
          ps.setObject(8, now);
          ps.setObject(9, now);
          ObjectNode synced = JSON.createObjectNode();
          synced.put("subject", item.path("title").asString());
          synced.put("description", item.path("body").path("content").asString(null));
          synced.put("dueDate", due.isMissingNode() ? null : due.asString().substring(0, 10));
          synced.putNull("startDate");
          synced.put("status", "NOT_STARTED");
          synced.put("priority", "NORMAL");
          synced.putNull("reminderAt");
          synced.putNull("completedAt");
          return new String[] {item.path("title").asString(), synced.toString()};
        });
  }

  private interface ItemBinder {
    /**
     * Binds the CRM row of {@code item} under {@code id}; returns its title and the JSON of its
     * synced fields, shaped as the link's.
     */
    String[] bind(PreparedStatement ps, String id, JsonNode item, OffsetDateTime now)
        throws SQLException;
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private int write(
      long userId,
      long runId,
      String resource,
      String changeType,
      JsonNode page,
      String itemSql,
      ItemBinder binder) {
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode item : page) {
      if (!item.has("@removed")) {
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long firstSeq = takeSeqs(c, items.size());
      try (PreparedStatement item = c.prepareStatement(itemSql);
          PreparedStatement change = c.prepareStatement(CHANGE);
          PreparedStatement link = c.prepareStatement(LINK);
          PreparedStatement log = c.prepareStatement(LOG)) {
        for (int i = 0; i < items.size(); i++) {
          JsonNode graphItem = items.get(i);
          String id = UUID.randomUUID().toString();
          String microsoftId = graphItem.path("id").asString();
          String[] titleAndFields = binder.bind(item, id, graphItem, now);
          item.addBatch();
          change.setLong(1, firstSeq + i);
          change.setString(2, changeType);
          change.setString(3, id);
          change.setLong(4, userId);
          change.setObject(5, now);
          change.addBatch();
          String json = titleAndFields[1];
          link.setLong(1, userId);
          link.setString(2, resource);
          link.setString(3, id);
          link.setString(4, microsoftId);
          link.setString(5, graphItem.path("@odata.etag").asString("etag"));
          link.setString(6, json);
          link.setString(7, sha256(json));
          link.setObject(8, now);
          link.addBatch();
          log.setLong(1, runId);
          log.setString(2, id);
          log.setString(3, microsoftId);
          log.setString(4, titleAndFields[0]);
          log.setObject(5, now);
          log.addBatch();
        }
        item.executeBatch();
        change.executeBatch();
        link.executeBatch();
        log.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      return items.size();
    } catch (SQLException e) {
      throw new IllegalStateException("baseline insert failed: " + e.getMessage(), e);
    }
  }

  /** Takes {@code count} feed seqs as the change feed does; returns the first. */
  private static long takeSeqs(Connection c, int count) throws SQLException {
    try (PreparedStatement up =
            c.prepareStatement(
                "UPDATE activity_feed_counter SET last_seq = last_seq + ? WHERE id = 1");
        PreparedStatement read =
            c.prepareStatement("SELECT last_seq FROM activity_feed_counter WHERE id = 1")) {
      up.setInt(1, count);
      up.executeUpdate();
      try (ResultSet rs = read.executeQuery()) {
        rs.next();
        return rs.getLong(1) - count + 1;
      }
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
