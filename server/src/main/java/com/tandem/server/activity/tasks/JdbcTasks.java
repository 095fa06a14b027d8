package com.tandem.server.activity.tasks;

import com.tandem.server.activity.ActivityDatabase;
import com.tandem.server.activity.ChangeType;
import com.tandem.server.activity.JdbcVersionedStore;
import com.tandem.server.activity.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Tasks in {@code tasks}. */
@Repository
class JdbcTasks extends JdbcVersionedStore<TaskFields, Task> implements Tasks {

  JdbcTasks(ActivityDatabase db) {
    super(
        db,
        "tasks",
        ChangeType.TASK,
        List.of(
            "subject",
            "description",
            "due_date",
            "start_date",
            "status",
            "priority",
            "reminder_at",
            "completed_at"));
  }

  @Override
  public List<Task> list(long userId, TaskStatus status, int offset, int limit) {
    // closed tasks last, then by due date (undated last), then oldest first
    String order =
        "CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END,"
            + " CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, created_at, id";
    return status == null
        ? select(userId, "", List.of(), order, offset, limit)
        : select(userId, " AND status = ?", List.of(status.name()), order, offset, limit);
  }

  /** A task closed without a completion time keeps the one it had, or gets now. */
  @Override
  protected List<Object> content(TaskFields f, Task current) {
    Instant completed = f.completedAt();
    if (f.status() == TaskStatus.CLOSED && completed == null) {
      Instant before = current == null ? null : current.fields().completedAt();
      completed = before != null ? before : db.clock.instant();
    }
    List<Object> values = new ArrayList<>();
    values.add(f.subject());
    values.add(f.description());
    values.add(f.dueDate());
    values.add(f.startDate());
    values.add(f.status().name());
    values.add(f.priority().name());
    values.add(utc(f.reminderAt()));
    values.add(utc(completed));
    return values;
  }

  @Override
  protected Task item(ResultSet rs) throws SQLException {
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
