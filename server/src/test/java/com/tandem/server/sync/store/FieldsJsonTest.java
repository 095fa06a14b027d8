package com.tandem.server.sync.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.calendar.Attendee;
import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventTime;
import com.tandem.engine.calendar.Recurrence;
import com.tandem.engine.calendar.RecurrencePattern;
import com.tandem.engine.calendar.RecurrenceRange;
import com.tandem.engine.calendar.ShowAs;
import com.tandem.engine.fields.Body;
import com.tandem.engine.reconcile.PendingWrite;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.engine.tasks.TaskPriority;
import com.tandem.engine.tasks.TaskStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsJsonTest {

  static EventFields fullEvent() {
    Recurrence series =
        new Recurrence(
            RecurrencePattern.weekly(
                2, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), DayOfWeek.MONDAY),
            RecurrenceRange.endDate(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30)),
            Set.of(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 2)),
            List.of(
                new ChangedOccurrence(
                    LocalDate.of(2026, 1, 22),
                    EventTime.of("2026-01-22T15:00", "Europe/Berlin"),
                    EventTime.of("2026-01-22T16:00", "Europe/Berlin"),
                    "Moved review",
                    "Room 2")));
    return new EventFields(
        "Quarterly review \u00e9\u00e8 \"quoted\"",
        Body.html("<p>Agenda</p>"),
        EventTime.of("2026-01-05T10:00", "Europe/Berlin"),
        EventTime.of("2026-01-05T11:30", "Europe/Berlin"),
        false,
        "Main office",
        List.of(
            Attendee.required("Ann", "ann@example.test"),
            new Attendee(
                "", "room@example.test", Attendee.Type.RESOURCE, Attendee.Response.ACCEPTED)),
        15,
        ShowAs.TENTATIVE,
        true,
        series);
  }

  @Test
  void eventFieldsReadBackEqualToWhatWasWritten() {
    FieldsJson<EventFields> json = FieldsJson.of(EventFields.class);
    EventFields event = fullEvent();

    EventFields back = json.read(json.write(event));

    assertThat(back).isEqualTo(event);
    assertThat(back.canonicalFields()).isEqualTo(event.canonicalFields());
  }

  @Test
  void aPlainAllDayEventReadsBackWithItsNullsAndFlags() {
    FieldsJson<EventFields> json = FieldsJson.of(EventFields.class);
    EventFields event =
        new EventFields(
            "Holiday",
            Body.empty(),
            EventTime.of("2026-05-01T00:00", "UTC"),
            EventTime.of("2026-05-02T00:00", "UTC"),
            true,
            "",
            List.of(),
            null,
            ShowAs.FREE,
            false,
            null);

    assertThat(json.read(json.write(event))).isEqualTo(event);
  }

  @Test
  void taskFieldsReadBackEqualToWhatWasWritten() {
    FieldsJson<TaskFields> json = FieldsJson.of(TaskFields.class);
    TaskFields task =
        new TaskFields(
            "Call back",
            Body.text("about the offer"),
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 2, 20),
            TaskStatus.CLOSED,
            TaskPriority.HIGH,
            Instant.parse("2026-02-28T08:00:00Z"),
            Instant.parse("2026-03-01T09:15:30.123Z"));
    TaskFields bare = TaskFields.of("Only a subject");

    assertThat(json.read(json.write(task))).isEqualTo(task);
    assertThat(json.read(json.write(bare))).isEqualTo(bare);
  }

  @Test
  void linksWithAPendingWriteReadBackEqual() {
    FieldsJson<EventFields> json = FieldsJson.of(EventFields.class);
    SyncLink<EventFields> plain =
        SyncLink.of("c1", "3", "m1", "ck1", fullEvent(), Instant.parse("2026-01-01T00:00:00Z"));
    SyncLink<EventFields> pending =
        new SyncLink<>(
            "c2",
            "4",
            "m2",
            "ck2",
            fullEvent().withTitle("other"),
            com.tandem.engine.reconcile.ContentHash.of(fullEvent().withTitle("other")),
            Instant.parse("2026-01-01T00:00:00Z"),
            new PendingWrite(Set.of(Side.CRM, Side.MICROSOFT), "4", "ck2"));

    assertThat(json.readLinks(json.writeLinks(List.of(plain, pending))))
        .containsExactly(plain, pending);
  }
}
