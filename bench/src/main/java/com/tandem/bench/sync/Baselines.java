package com.tandem.bench.sync;

import com.tandem.graph.Events;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The bare loops each sync figure is divided by, measured in the same run on the same data: what
 * moving the items costs with no sync at all around it.
 */
final class Baselines {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private final BenchWorld world;
  private final BaselineStore store;
  private final SameRowsStore sameRows;
  private final JdbcClient jdbc;

  Baselines(BenchWorld world, BaselineStore store, SameRowsStore sameRows, JdbcClient jdbc) {
    this.world = world;
    this.store = store;
    this.sameRows = sameRows;
    this.jdbc = jdbc;
  }

  /** Reads the user's calendarView delta round and batch-inserts each page; returns the rows. */
  int importEvents(String user, long userId) {
    return eachPage(calendarDelta(user), page -> store.insertEvents(userId, page));
  }

  /** Like {@link #importEvents} but writing Tandem's four rows per event for {@code rowsUserId}. */
  int importEventRows(String user, long rowsUserId) {
    long run = sameRows.startRun(rowsUserId, "CALENDAR");
    return eachPage(calendarDelta(user), page -> sameRows.insertEvents(rowsUserId, run, page));
  }

  /** Reads the default list's task delta round (links expanded, as Tandem reads it) into rows. */
  int importTasks(String user, String listId, long userId) {
    return eachPage(taskDelta(user, listId), page -> store.insertTasks(userId, page));
  }

  /** Like {@link #importTasks} but writing Tandem's four rows per task for {@code rowsUserId}. */
  int importTaskRows(String user, String listId, long rowsUserId) {
    long run = sameRows.startRun(rowsUserId, "TASKS");
    return eachPage(taskDelta(user, listId), page -> sameRows.insertTasks(rowsUserId, run, page));
  }

  /** Reads a delta round from {@code url}, writing each page; returns the rows written. */
  private int eachPage(String url, ToIntFunction<JsonNode> write) {
    AtomicInteger rows = new AtomicInteger();
    world.direct.readDelta(
        url, BenchWorld.PAGE_SIZE, page -> rows.addAndGet(write.applyAsInt(page)));
    return rows.get();
  }

  private String calendarDelta(String user) {
    return world.direct.base()
        + "/v1.0/users/"
        + BenchWorld.upn(user)
        + "/calendarView/delta?"
        + BenchWorld.calendarWindowQuery();
  }

  private String taskDelta(String user, String listId) {
    return world.direct.base()
        + "/v1.0/users/"
        + BenchWorld.upn(user)
        + "/todo/lists/"
        + listId
        + "/tasks/delta?$expand=linkedResources";
  }

  /**
   * Reads the CRM user's events and POSTs each, one after the other, to {@code target}'s calendar
   * with a transaction id and the CRM-id stamp, as Tandem's creates carry; returns the count.
   */
  int exportEvents(long crmUserId, String target) {
    String path = "/v1.0/users/" + BenchWorld.upn(target) + "/events";
    List<EventRow> rows =
        jdbc.sql(
                "SELECT id, title, description, start_local, end_local, time_zone, location FROM"
                    + " calendar_events WHERE user_id = ? AND deleted_at IS NULL")
            .param(crmUserId)
            .query(
                (rs, n) ->
                    new EventRow(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getTimestamp("start_local"),
                        rs.getTimestamp("end_local"),
                        rs.getString("time_zone"),
                        rs.getString("location")))
            .list();
    for (EventRow row : rows) {
      world.direct.post(path, row.json());
    }
    return rows.size();
  }

  /** Reads the CRM user's tasks and POSTs each, linked to its CRM record, to {@code target}. */
  int exportTasks(long crmUserId, String target, String listId) {
    String path = "/v1.0/users/" + BenchWorld.upn(target) + "/todo/lists/" + listId + "/tasks";
    List<String> bodies =
        jdbc.sql(
                "SELECT id, subject, description, due_date FROM tasks WHERE user_id = ? AND"
                    + " deleted_at IS NULL")
            .param(crmUserId)
            .query(
                (rs, n) ->
                    "{\"title\":\""
                        + rs.getString("subject")
                        + "\",\"body\":{\"contentType\":\"text\",\"content\":\""
                        + rs.getString("description")
                        + "\"},\"importance\":\"normal\",\"status\":\"notStarted\","
                        + "\"dueDateTime\":{\"dateTime\":\""
                        + rs.getDate("due_date").toLocalDate().atStartOfDay()
                        + ":00\",\"timeZone\":\"UTC\"},\"linkedResources\":[{\"applicationName\":"
                        + "\"Tandem\",\"displayName\":\"CRM task\",\"externalId\":\""
                        + rs.getString("id")
                        + "\"}]}")
            .list();
    for (String body : bodies) {
      world.direct.post(path, body);
    }
    return bodies.size();
  }

  private record EventRow(
      String id,
      String title,
      String description,
      Timestamp start,
      Timestamp end,
      String zone,
      String location) {

    String json() {
      return "{\"subject\":\""
          + title
          + "\",\"body\":{\"contentType\":\"text\",\"content\":\""
          + description
          + "\"},\"start\":{\"dateTime\":\""
          + LOCAL.format(start.toLocalDateTime())
          + "\",\"timeZone\":\""
          + zone
          + "\"},\"end\":{\"dateTime\":\""
          + LOCAL.format(end.toLocalDateTime())
          + "\",\"timeZone\":\""
          + zone
          + "\"},\"location\":{\"displayName\":\""
          + location
          + "\"},\"showAs\":\"busy\",\"transactionId\":\""
          + id
          + "\",\"singleValueExtendedProperties\":[{\"id\":\""
          + Events.CRM_ID_PROPERTY
          + "\",\"value\":\""
          + id
          + "\"}]}";
    }
  }
}
