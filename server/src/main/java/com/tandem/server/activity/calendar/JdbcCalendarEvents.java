package com.tandem.server.activity.calendar;

import com.tandem.server.activity.ActivityDatabase;
import com.tandem.server.activity.ChangeType;
import com.tandem.server.activity.JdbcVersionedStore;
import com.tandem.server.activity.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Calendar events in {@code calendar_events}. */
@Repository
class JdbcCalendarEvents extends JdbcVersionedStore<CalendarEventFields, CalendarEvent>
    implements CalendarEvents {

  /** Stands for "no end" so that open and counted series match every later range. */
  private static final OffsetDateTime FAR_FUTURE =
      OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

  JdbcCalendarEvents(ActivityDatabase db) {
    super(
        db,
        "calendar_events",
        ChangeType.CALENDAR_EVENT,
        List.of(
            "title",
            "description",
            "start_local",
            "end_local",
            "time_zone",
            "start_utc",
            "end_utc",
            "series_end_utc",
            "all_day",
            "location",
            "attendees",
            "reminder_minutes",
            "show_as",
            "is_private",
            "recurrence"));
  }

  @Override
  public List<CalendarEvent> list(long userId, Instant from, Instant to, int offset, int limit) {
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    if (from != null) {
      // overlapping [from, to): ends after from, or (zero length) starts at from or later
      where.append(" AND (series_end_utc > ? OR start_utc >= ?)");
      params.add(utc(from));
      params.add(utc(from));
    }
    if (to != null) {
      where.append(" AND start_utc < ?");
      params.add(utc(to));
    }
    return select(userId, where.toString(), params, "start_utc, id", offset, limit);
  }

  @Override
  protected List<Object> content(CalendarEventFields f, CalendarEvent current) {
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

  @Override
  protected CalendarEvent item(ResultSet rs) throws SQLException {
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
