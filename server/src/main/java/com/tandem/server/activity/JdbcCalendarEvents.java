package com.tandem.server.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

/**
 * Calendar events in {@code calendar_events}; each write appends to the feed in its transaction.
 */
@Repository
class JdbcCalendarEvents implements CalendarEvents {

  /** Stands for "no end" so that open and counted series match every later range. */
  private static final OffsetDateTime FAR_FUTURE =
      OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ChangeFeed feed;
  private final Clock clock;
  private final VersionedRows rows;
  private final JdbcTemplate batch;

  JdbcCalendarEvents(
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
    this.rows = new VersionedRows(jdbc, feed, "calendar_events", ChangeType.CALENDAR_EVENT);
  }

  @Override
  public Optional<CalendarEvent> find(long userId, String id) {
    return jdbc.sql(
            "SELECT * FROM calendar_events WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
        .params(id, userId)
        .query(JdbcCalendarEvents::event)
        .optional();
  }

  @Override
  public List<CalendarEvent> list(long userId, Instant from, Instant to, int offset, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT * FROM calendar_events WHERE user_id = ? AND deleted_at IS NULL");
    List<Object> params = new ArrayList<>(List.of(userId));
    if (from != null) {
      // overlapping [from, to): ends after from, or (zero length) starts at from or later
      sql.append(" AND (series_end_utc > ? OR start_utc >= ?)");
      params.add(utc(from));
      params.add(utc(from));
    }
    if (to != null) {
      sql.append(" AND start_utc < ?");
      params.add(utc(to));
    }
    sql.append(" ORDER BY start_utc, id LIMIT ? OFFSET ?");
    params.add(limit);
    params.add(offset);
    return jdbc.sql(sql.toString()).params(params).query(JdbcCalendarEvents::event).list();
  }

  @Override
  public CalendarEvent create(long userId, CalendarEventFields fields, Origin origin) {
    return tx.execute(
        status -> find(userId, createAll(userId, List.of(fields), origin).get(0)).orElseThrow());
  }

  @Override
  public List<String> createAll(long userId, List<CalendarEventFields> fields, Origin origin) {
    List<String> ids = new ArrayList<>(fields.size());
    List<Object[]> values = new ArrayList<>(fields.size());
    OffsetDateTime now = now();
    for (CalendarEventFields f : fields) {
      String id = UUID.randomUUID().toString();
      ids.add(id);
      List<Object> row = new ArrayList<>(List.of(id, userId));
      row.addAll(content(f));
      row.addAll(List.of(now, now, origin.name()));
      values.add(row.toArray());
    }
    if (ids.isEmpty()) {
      return ids;
    }
    tx.executeWithoutResult(
        status -> {
          batch.batchUpdate(
              "INSERT INTO calendar_events (id, user_id, title, description, start_local,"
                  + " end_local, time_zone, start_utc, end_utc, series_end_utc, all_day,"
                  + " location, attendees, reminder_minutes, show_as, is_private, recurrence,"
                  + " version, created_at, updated_at, last_origin) VALUES (?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
              values);
          feed.appendAll(ChangeType.CALENDAR_EVENT, ids, userId, ChangeOp.UPSERT, origin);
        });
    return ids;
  }

  @Override
  public Optional<CalendarEvent> update(
      long userId, String id, CalendarEventFields fields, Origin origin, Long expectedVersion) {
    return tx.execute(
        status -> {
          Optional<Long> current = rows.currentVersion(userId, id);
          if (current.isEmpty()) {
            return Optional.<CalendarEvent>empty();
          }
          long version = VersionedRows.check(current.get(), expectedVersion);
          int changed =
              jdbc.sql(
                      "UPDATE calendar_events SET title = ?, description = ?, start_local = ?,"
                          + " end_local = ?, time_zone = ?, start_utc = ?, end_utc = ?,"
                          + " series_end_utc = ?, all_day = ?, location = ?, attendees = ?,"
                          + " reminder_minutes = ?, show_as = ?, is_private = ?, recurrence = ?,"
                          + " version = version + 1, updated_at = ?, last_origin = ?"
                          + " WHERE id = ? AND user_id = ? AND version = ? AND deleted_at IS NULL")
                  .params(content(fields))
                  .params(now(), origin.name(), id, userId, version)
                  .update();
          if (changed == 0) {
            rows.failIfChangedMeanwhile(userId, id);
            return Optional.<CalendarEvent>empty();
          }
          feed.append(ChangeType.CALENDAR_EVENT, id, userId, ChangeOp.UPSERT, origin);
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

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The content columns, in the order the INSERT and UPDATE above name them. */
  private static List<Object> content(CalendarEventFields f) {
    ZoneId zone = f.timeZone();
    OffsetDateTime start = utc(f.start().atZone(zone).toInstant());
    OffsetDateTime end = utc(f.end().atZone(zone).toInstant());
    List<Object> values = new ArrayList<>();
    values.add(f.title());
    values.add(f.description());
    values.add(f.start());
    values.add(f.end());
    values.add(zone.getId());
    values.add(start);
    values.add(end);
    values.add(seriesEnd(f, end));
    values.add(f.allDay());
    values.add(f.location());
    values.add(EventJson.attendeesColumn(f.attendees()));
    values.add(f.reminderMinutes());
    values.add(f.showAs().name());
    values.add(f.isPrivate());
    values.add(EventJson.recurrenceColumn(f.recurrence()));
    return values;
  }

  private static OffsetDateTime seriesEnd(CalendarEventFields f, OffsetDateTime end) {
    Recurrence r = f.recurrence();
    if (r == null) {
      return end;
    }
    if (r.range().type() != RecurrenceRange.Type.END_DATE) {
      return FAR_FUTURE;
    }
    Duration length = Duration.between(f.start(), f.end());
    LocalDateTime lastStart = r.range().endDate().plusDays(1).atStartOfDay();
    OffsetDateTime last = utc(lastStart.plus(length).atZone(f.timeZone()).toInstant());
    return last.isAfter(end) ? last : end;
  }

  private static CalendarEvent event(ResultSet rs, int row) throws SQLException {
    Integer reminder = rs.getObject("reminder_minutes", Integer.class);
    CalendarEventFields fields =
        new CalendarEventFields(
            rs.getString("title"),
            rs.getString("description"),
            rs.getObject("start_local", LocalDateTime.class),
            rs.getObject("end_local", LocalDateTime.class),
            ZoneId.of(rs.getString("time_zone")),
            rs.getBoolean("all_day"),
            rs.getString("location"),
            EventJson.attendeesFromColumn(rs.getString("attendees")),
            reminder,
            ShowAs.valueOf(rs.getString("show_as")),
            rs.getBoolean("is_private"),
            EventJson.recurrenceFromColumn(rs.getString("recurrence")));
    return new CalendarEvent(
        rs.getString("id"),
        rs.getLong("user_id"),
        fields,
        rs.getLong("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        Origin.valueOf(rs.getString("last_origin")));
  }
}
