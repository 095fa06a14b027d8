package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventMapping;
import com.tandem.engine.calendar.EventTime;
import com.tandem.engine.fields.Body;
import com.tandem.engine.tasks.TaskMapping;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.calendar.Attendee;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.Recurrence;
import com.tandem.server.activity.calendar.RecurrenceException;
import com.tandem.server.activity.calendar.RecurrencePattern;
import com.tandem.server.activity.calendar.RecurrenceRange;
import com.tandem.server.activity.calendar.ShowAs;
import com.tandem.server.activity.tasks.TaskFields;
import com.tandem.server.activity.tasks.TaskPriority;
import com.tandem.server.activity.tasks.TaskStatus;
import com.tandem.server.sync.resource.InboundMapping;
import com.tandem.server.sync.tasks.TaskConversion;
import com.tandem.server.sync.tasks.TodoConversion;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CRM ↔ engine ↔ Graph conversions of the sides, on full examples. */
class ConversionTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static CalendarEventFields fullSeries() {
    return new CalendarEventFields(
        "Review",
        "<p>Agenda</p>",
        LocalDateTime.parse("2026-11-23T09:00"),
        LocalDateTime.parse("2026-11-23T10:00"),
        BERLIN,
        false,
        "Room 1",
        List.of(
            new Attendee(
                "adele@contoso.test",
                "Adele Vance",
                Attendee.Type.REQUIRED,
                Attendee.Response.TENTATIVELY_ACCEPTED),
            new Attendee("alex@contoso.test", null, Attendee.Type.OPTIONAL, null)),
        15,
        ShowAs.OUT_OF_OFFICE,
        true,
        new Recurrence(
            new RecurrencePattern(
                RecurrencePattern.Type.WEEKLY,
                2,
                List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                null,
                null,
                null,
                DayOfWeek.MONDAY),
            RecurrenceRange.until(LocalDate.parse("2026-11-23"), LocalDate.parse("2027-03-01")),
            List.of(
                RecurrenceException.cancelled(LocalDateTime.parse("2026-12-07T09:00")),
                new RecurrenceException(
                    LocalDateTime.parse("2026-12-21T09:00"),
                    false,
                    "Review (moved)",
                    LocalDateTime.parse("2026-12-22T11:00"),
                    LocalDateTime.parse("2026-12-22T12:30"),
                    null),
                new RecurrenceException(
                    LocalDateTime.parse("2027-01-04T09:00"), false, null, null, null, "Room 2"))));
  }

  @Test
  void aFullCrmSeriesSurvivesTheEngineAndBack() {
    EventFields engine = EventConversion.toEngine(fullSeries());

    assertThat(EventConversion.toCrm(engine)).isEqualTo(fullSeries());
    assertThat(engine.description()).isEqualTo(Body.html("<p>Agenda</p>"));
    assertThat(engine.recurrence().cancelledOccurrences())
        .containsExactly(LocalDate.parse("2026-12-07"));
    assertThat(engine.recurrence().changedOccurrences()).hasSize(2);
    assertThat(engine.recurrence().changedOccurrences().get(1).title()).isEqualTo("Review");
  }

  @Test
  void anEngineSeriesSurvivesGraphAndBackWithoutItsOccurrenceChanges() {
    EventFields engine =
        EventConversion.withoutOccurrenceChanges(EventConversion.toEngine(fullSeries()))
            .withAttendees(
                List.of(com.tandem.engine.calendar.Attendee.required("Adele", "adele@x.test")));

    EventFields back =
        EventMapping.fromMicrosoft(
            OutlookEvents.toEngine(OutlookEvents.toGraph(EventMapping.toMicrosoft(engine))));

    assertThat(back).isEqualTo(engine);
  }

  @Test
  void anAllDayEventKeepsItsDates() {
    CalendarEventFields allDay =
        new CalendarEventFields(
            "Holiday",
            "plain text",
            LocalDateTime.parse("2026-12-24T00:00"),
            LocalDateTime.parse("2026-12-27T00:00"),
            ZoneId.of("America/New_York"),
            true,
            null,
            List.of(),
            null,
            ShowAs.FREE,
            false,
            null);

    EventFields engine = EventConversion.toEngine(allDay);

    assertThat(EventConversion.toCrm(engine)).isEqualTo(allDay);
    assertThat(engine.description()).isEqualTo(Body.text("plain text"));
  }

  @Test
  void anEndInAnotherZoneIsShownInTheStartsZone() {
    EventFields flight =
        EventFields.of(
            "Flight",
            EventTime.of("2026-05-01T10:00", "Europe/Berlin"),
            EventTime.of("2026-05-01T12:00", "Europe/London"));

    CalendarEventFields crm = EventConversion.toCrm(flight);

    assertThat(crm.timeZone()).isEqualTo(BERLIN);
    assertThat(crm.end()).isEqualTo(LocalDateTime.parse("2026-05-01T13:00"));
  }

  @Test
  void offsetZonesBecomeEtcRegionsAndOddOnesAreRefused() {
    assertThat(EventConversion.region(ZoneId.of("+02:00"))).isEqualTo(ZoneId.of("Etc/GMT-2"));
    assertThat(EventConversion.region(ZoneId.of("GMT-07:00"))).isEqualTo(ZoneId.of("Etc/GMT+7"));
    assertThat(EventConversion.region(ZoneId.of("Z"))).isEqualTo(ZoneId.of("UTC"));
    assertThatThrownBy(() -> EventConversion.region(ZoneId.of("+05:30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a named region");
  }

  @Test
  void anEventTheCrmCannotKeepIsRefusedWithItsProblems() {
    EventFields longTitle =
        EventFields.of(
            "x".repeat(CalendarEventFields.MAX_TITLE + 1),
            EventTime.of("2026-05-01T10:00", "Europe/Berlin"),
            EventTime.of("2026-05-01T11:00", "Europe/Berlin"));

    assertThatThrownBy(() -> EventConversion.toCrm(longTitle))
        .isInstanceOf(InvalidActivityException.class);
    assertThat(InboundMapping.reason(catchInvalid(() -> EventConversion.toCrm(longTitle))))
        .isEqualTo("the CRM would not accept it: title tooLong [255]");
  }

  @Test
  void aFullTaskSurvivesTheEngineAndGraphAndBack() {
    TaskFields crm =
        new TaskFields(
            "Call Alex",
            "About the offer",
            LocalDate.parse("2026-03-10"),
            LocalDate.parse("2026-03-02"),
            TaskStatus.CLOSED,
            TaskPriority.LOW,
            Instant.parse("2026-03-09T08:00:00Z"),
            Instant.parse("2026-03-09T17:30:00Z"));

    com.tandem.engine.tasks.TaskFields engine = TaskConversion.toEngine(crm);

    assertThat(TaskConversion.toCrm(engine)).isEqualTo(crm);
    assertThat(
            TaskMapping.fromMicrosoft(
                TodoConversion.toEngine(TodoConversion.toGraph(TaskMapping.toMicrosoft(engine)))))
        .isEqualTo(engine);
    assertThat(TodoConversion.cleared(TaskMapping.toMicrosoft(engine))).isEmpty();
    assertThat(
            TodoConversion.cleared(
                TaskMapping.toMicrosoft(com.tandem.engine.tasks.TaskFields.of("Bare"))))
        .containsExactlyInAnyOrder(
            "dueDateTime", "startDateTime", "reminderDateTime", "completedDateTime");
  }

  private static RuntimeException catchInvalid(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }
}
