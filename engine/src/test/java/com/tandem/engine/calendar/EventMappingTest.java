package com.tandem.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.calendar.Attendee.Response;
import com.tandem.engine.calendar.Attendee.Type;
import com.tandem.engine.calendar.RecurrencePattern.WeekIndex;
import com.tandem.engine.fields.Body;
import com.tandem.engine.fields.GraphBody;
import com.tandem.engine.fields.GraphDateTime;
import com.tandem.engine.fields.UnknownTimeZoneException;
import com.tandem.engine.reconcile.ContentHash;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventMappingTest {

  private static final LocalDate DAY = LocalDate.parse("2026-03-02");

  private static final EventFields MEETING =
      new EventFields(
          "Quarterly review",
          Body.html("<p>Agenda: <b>numbers</b></p>"),
          EventTime.of("2026-03-02T09:30", "Europe/Berlin"),
          EventTime.of("2026-03-02T11:00", "Europe/Berlin"),
          false,
          "Room 4",
          List.of(
              new Attendee("Ann Lee", "ann@contoso.test", Type.REQUIRED, Response.ACCEPTED),
              new Attendee("Bob Roe", "bob@contoso.test", Type.OPTIONAL, Response.TENTATIVE),
              new Attendee("Room 4", "room4@contoso.test", Type.RESOURCE, Response.NONE),
              new Attendee("", "cy@fabrikam.test", Type.REQUIRED, Response.DECLINED)),
          15,
          ShowAs.WORKING_ELSEWHERE,
          true,
          null);

  static Stream<Recurrence> everyKindOfSeries() {
    Set<DayOfWeek> monWed = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
    return Stream.of(
        Recurrence.of(RecurrencePattern.daily(2), RecurrenceRange.numbered(DAY, 10)),
        Recurrence.of(
            RecurrencePattern.weekly(1, monWed, DayOfWeek.MONDAY),
            RecurrenceRange.endDate(DAY, DAY.plusMonths(3))),
        Recurrence.of(RecurrencePattern.absoluteMonthly(1, 2), RecurrenceRange.noEnd(DAY)),
        Recurrence.of(
            RecurrencePattern.relativeMonthly(2, Set.of(DayOfWeek.TUESDAY), WeekIndex.LAST),
            RecurrenceRange.noEnd(DAY)),
        Recurrence.of(RecurrencePattern.absoluteYearly(1, 3, 2), RecurrenceRange.numbered(DAY, 5)),
        Recurrence.of(
            RecurrencePattern.relativeYearly(1, 3, Set.of(DayOfWeek.FRIDAY), WeekIndex.SECOND),
            RecurrenceRange.endDate(DAY, DAY.plusYears(4))),
        new Recurrence(
            RecurrencePattern.weekly(1, Set.of(DayOfWeek.MONDAY), DayOfWeek.SUNDAY),
            RecurrenceRange.noEnd(DAY),
            Set.of(DAY.plusWeeks(2), DAY.plusWeeks(1)),
            List.of(
                new ChangedOccurrence(
                    DAY.plusWeeks(3),
                    EventTime.of("2026-03-24T14:00", "Europe/Berlin"),
                    EventTime.of("2026-03-24T15:30", "Europe/Berlin"),
                    "Quarterly review (moved)",
                    "Room 7"))));
  }

  @Test
  void aCrmEventComesBackUnchangedFromMicrosoft() {
    assertThat(EventMapping.fromMicrosoft(EventMapping.toMicrosoft(MEETING))).isEqualTo(MEETING);
  }

  @ParameterizedTest
  @MethodSource("everyKindOfSeries")
  void everyKindOfSeriesComesBackUnchangedFromMicrosoft(Recurrence series) {
    EventFields event = MEETING.withRecurrence(series);

    EventFields back = EventMapping.fromMicrosoft(EventMapping.toMicrosoft(event));

    assertThat(back).isEqualTo(event);
    assertThat(ContentHash.of(back)).isEqualTo(ContentHash.of(event));
  }

  @Test
  void aCrmEventGoesToOutlookInGraphsVocabulary() {
    GraphEvent graph =
        EventMapping.toMicrosoft(MEETING.withRecurrence(everyKindOfSeries().toList().get(3)));

    assertThat(graph.start())
        .isEqualTo(new GraphDateTime("2026-03-02T09:30:00", "W. Europe Standard Time"));
    assertThat(graph.sensitivity()).isEqualTo("private");
    assertThat(graph.showAs()).isEqualTo("workingElsewhere");
    assertThat(graph.isReminderOn()).isTrue();
    assertThat(graph.reminderMinutesBeforeStart()).isEqualTo(15);
    assertThat(graph.attendees().get(1))
        .isEqualTo(
            new GraphAttendee("Bob Roe", "bob@contoso.test", "optional", "tentativelyAccepted"));
    assertThat(graph.recurrence().pattern())
        .isEqualTo(
            new GraphRecurrence.Pattern(
                "relativeMonthly", 2, 0, 0, List.of("tuesday"), "sunday", "last"));
    assertThat(graph.recurrence().range())
        .isEqualTo(
            new GraphRecurrence.Range(
                "noEnd", "2026-03-02", "0001-01-01", 0, "W. Europe Standard Time"));
  }

  @Test
  void anOutlookEventReportedInUtcIsReadInTheOrganizersZone() {
    GraphEvent graph =
        new GraphEvent(
            "Call",
            new GraphBody("text", "hi"),
            new GraphDateTime("2026-07-01T16:00:00.0000000", "UTC"),
            new GraphDateTime("2026-07-01T16:30:00.0000000", "UTC"),
            "Pacific Standard Time",
            "Pacific Standard Time",
            false,
            "",
            List.of(),
            false,
            15,
            "busy",
            "confidential",
            null,
            List.of(),
            List.of());

    EventFields event = EventMapping.fromMicrosoft(graph);

    assertThat(event.start()).isEqualTo(EventTime.of("2026-07-01T09:00", "America/Los_Angeles"));
    assertThat(event.end()).isEqualTo(EventTime.of("2026-07-01T09:30", "America/Los_Angeles"));
    assertThat(event.reminderMinutes()).isNull();
    assertThat(event.isPrivate()).isTrue();
    assertThat(event.description()).isEqualTo(Body.text("hi"));
  }

  @Test
  void graphsCancelledOccurrenceIdsGiveTheirDates() {
    GraphEvent graph =
        EventMapping.toMicrosoft(MEETING.withRecurrence(everyKindOfSeries().toList().get(6)));
    GraphEvent fromGraph =
        new GraphEvent(
            graph.subject(),
            graph.body(),
            graph.start(),
            graph.end(),
            graph.originalStartTimeZone(),
            graph.originalEndTimeZone(),
            graph.isAllDay(),
            graph.location(),
            graph.attendees(),
            graph.isReminderOn(),
            graph.reminderMinutesBeforeStart(),
            graph.showAs(),
            graph.sensitivity(),
            graph.recurrence(),
            List.of("OID.AAMkAGI2T.2026-03-09", "OID.AAMkAGI2T.2026-03-16"),
            graph.exceptionOccurrences());

    Recurrence series = EventMapping.fromMicrosoft(fromGraph).recurrence();

    assertThat(series.cancelledOccurrences())
        .containsExactlyInAnyOrder(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-16"));
    assertThat(series.changedOccurrences()).hasSize(1);
  }

  @Test
  void anAllDayEventKeepsItsDatesWhateverZoneGraphReportsItIn() {
    EventFields holiday =
        new EventFields(
            "Holiday",
            Body.empty(),
            EventTime.of("2026-05-01T00:00", "Europe/Berlin"),
            EventTime.of("2026-05-02T00:00", "Europe/Berlin"),
            true,
            "",
            List.of(),
            null,
            ShowAs.OOF,
            false,
            null);
    GraphEvent graph = EventMapping.toMicrosoft(holiday);

    assertThat(EventMapping.fromMicrosoft(graph)).isEqualTo(holiday);
    assertThat(graph.isAllDay()).isTrue();
  }

  @Test
  void anUnknownZoneIsAFailureTheCallerCanSkip() {
    GraphEvent graph = EventMapping.toMicrosoft(MEETING);
    GraphEvent broken =
        new GraphEvent(
            graph.subject(),
            graph.body(),
            new GraphDateTime("2026-03-02T09:30:00", "Atlantis Time"),
            graph.end(),
            null,
            null,
            false,
            "",
            List.of(),
            false,
            0,
            "busy",
            "normal",
            null,
            List.of(),
            List.of());

    assertThatThrownBy(() -> EventMapping.fromMicrosoft(broken))
        .isInstanceOf(UnknownTimeZoneException.class)
        .hasMessageContaining("Atlantis Time");
  }

  @Test
  void unknownGraphValuesAreClearErrors() {
    GraphEvent graph = EventMapping.toMicrosoft(MEETING);
    GraphEvent odd =
        new GraphEvent(
            graph.subject(),
            graph.body(),
            graph.start(),
            graph.end(),
            null,
            null,
            false,
            "",
            List.of(),
            false,
            0,
            "sleeping",
            "normal",
            null,
            List.of(),
            List.of());

    assertThatThrownBy(() -> EventMapping.fromMicrosoft(odd)).hasMessageContaining("sleeping");
  }

  @Test
  void attendeeOrderAndAddressCaseDoNotCountAsChanges() {
    List<Attendee> reordered =
        List.of(
            MEETING.attendees().get(3),
            new Attendee("Ann Lee", "ANN@contoso.test", Type.REQUIRED, Response.ACCEPTED),
            MEETING.attendees().get(2),
            MEETING.attendees().get(1));

    assertThat(ContentHash.of(MEETING.withAttendees(reordered))).isEqualTo(ContentHash.of(MEETING));
  }

  @Test
  void theSameMomentInAnEquivalentZoneIsNoChange() {
    EventFields rome =
        MEETING.withFieldsOf(
            EventFields.of(
                "x",
                EventTime.of("2026-03-02T09:30", "Europe/Rome"),
                EventTime.of("2026-03-02T11:00", "Europe/Rome")),
            Set.of("start", "end"));

    assertThat(ContentHash.of(rome)).isEqualTo(ContentHash.of(MEETING));
  }

  @Test
  void aWallClockTimeThatADaylightSavingGapSkipsIsKept() {
    EventFields inTheGap =
        EventFields.of(
            "Early call",
            EventTime.of("2026-03-29T02:30", "Europe/Berlin"),
            EventTime.of("2026-03-29T04:00", "Europe/Berlin"));

    assertThat(EventMapping.fromMicrosoft(EventMapping.toMicrosoft(inTheGap))).isEqualTo(inTheGap);
  }
}
