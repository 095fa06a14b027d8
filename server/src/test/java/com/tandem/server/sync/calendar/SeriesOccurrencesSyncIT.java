package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.EventType;
import com.tandem.graph.model.Location;
import com.tandem.graph.model.PatternedRecurrence;
import com.tandem.graph.model.RecurrencePattern;
import com.tandem.graph.model.RecurrenceRange;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.calendar.Recurrence;
import com.tandem.server.activity.calendar.RecurrenceException;
import com.tandem.server.sync.EmulatorSyncTest;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changed and cancelled occurrences of a series, both ways, and a series deleted in Outlook: Tandem
 * with its real sides against the Graph emulator over HTTP.
 */
class SeriesOccurrencesSyncIT extends EmulatorSyncTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String BERLIN_WINDOWS = "W. Europe Standard Time";

  @Autowired CalendarEvents events;

  LocalDateTime day;

  @BeforeEach
  void aWorkingDayNextWeek() {
    day = LocalDateTime.now(BERLIN).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(9);
  }

  @Test
  void anOccurrenceOutlookMovesAndRenamesBecomesAnExceptionInTheCrm() {
    Event series = outlookCreatesDailySeries("Standup");
    assertThat(sync().counts().createdInCrm()).isEqualTo(1);
    Event third = instances(series.id()).get(2);

    graph
        .events()
        .update(
            mailbox,
            third.id(),
            Event.builder()
                .subject("Standup with the board")
                .time(
                    DateTimeTimeZone.of(day.plusDays(2).withHour(14), BERLIN_WINDOWS),
                    DateTimeTimeZone.of(day.plusDays(2).withHour(15), BERLIN_WINDOWS))
                .build(),
            null);
    RunReport run = sync();

    assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(run.counts().updatedInCrm()).isEqualTo(1);
    assertThat(crmSeries("Standup").recurrence().exceptions())
        .containsExactly(
            new RecurrenceException(
                day.plusDays(2),
                false,
                "Standup with the board",
                day.plusDays(2).withHour(14),
                day.plusDays(2).withHour(15),
                null));
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anOccurrenceDeletedInOutlookIsCancelledInTheCrm() {
    Event series = outlookCreatesDailySeries("Standup");
    sync();

    graph.events().delete(mailbox, instances(series.id()).get(1).id(), null);
    RunReport run = sync();

    assertThat(run.counts().updatedInCrm()).isEqualTo(1);
    assertThat(crmSeries("Standup").recurrence().exceptions())
        .containsExactly(RecurrenceException.cancelled(day.plusDays(1)));
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void occurrencesTheCrmChangesOrCancelsArePatchedOrDeletedInOutlook() {
    CalendarEvent created =
        crmCreatesDailySeries("Review", List.of(RecurrenceException.cancelled(day.plusDays(4))));
    assertThat(sync().counts().createdInMicrosoft()).isEqualTo(1);
    Event master = graph.events().findByCrmId(mailbox, created.id()).get(0);
    assertThat(instances(master.id())).hasSize(4);

    crmSetsExceptions(
        created.id(),
        List.of(
            RecurrenceException.cancelled(day.plusDays(4)),
            RecurrenceException.cancelled(day),
            new RecurrenceException(
                day.plusDays(2),
                false,
                "Review (moved)",
                day.plusDays(2).withHour(16),
                day.plusDays(2).withHour(17),
                "Room 9")));
    RunReport run = sync();

    assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(run.counts().updatedInMicrosoft()).isEqualTo(1);
    List<Event> instances = instances(master.id());
    assertThat(instances)
        .extracting(e -> e.originalStart().atZone(BERLIN).toLocalDate())
        .containsExactly(
            day.plusDays(1).toLocalDate(),
            day.plusDays(2).toLocalDate(),
            day.plusDays(3).toLocalDate());
    Event moved = instances.get(1);
    assertThat(moved.type()).isEqualTo(EventType.EXCEPTION);
    assertThat(moved.subject()).isEqualTo("Review (moved)");
    assertThat(moved.location().displayName()).isEqualTo("Room 9");
    assertThat(Instant.parse(moved.start().dateTime() + "Z"))
        .isEqualTo(day.plusDays(2).withHour(16).atZone(BERLIN).toInstant());
    assertThat(instances.get(0).type()).isEqualTo(EventType.OCCURRENCE);
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anExceptionTheCrmDropsIsSetBackToTheSeriesInOutlook() {
    CalendarEvent created = crmCreatesDailySeries("Review", List.of());
    sync();
    String masterId = graph.events().findByCrmId(mailbox, created.id()).get(0).id();
    graph
        .events()
        .update(
            mailbox,
            instances(masterId).get(3).id(),
            Event.builder().subject("Review (Outlook)").build(),
            null);
    sync();
    assertThat(crmSeries("Review").recurrence().exceptions()).hasSize(1);

    crmSetsExceptions(created.id(), List.of());
    sync();

    assertThat(instances(masterId)).extracting(Event::subject).containsOnly("Review");
    assertThat(crmSeries("Review").recurrence().exceptions()).isEmpty();
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void aSeriesDeletedInOutlookIsDeletedInTheCrmByTheNextIncrementalRun() {
    Event series = outlookCreatesDailySeries("Standup");
    crmCreatesDailySeries("Stays", List.of());
    sync();
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
    assertThat(storedDeltaLink()).as("the next run is incremental").isNotNull();

    graph.events().delete(mailbox, series.id(), null);
    RunReport run = sync();

    assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(run.counts().deletedInCrm()).isEqualTo(1);
    assertThat(events.list(user, null, null, 0, 50))
        .extracting(e -> e.fields().title())
        .containsExactly("Stays");
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anAllDayOccurrenceRenamedInOutlookBecomesAnExceptionInTheCrm() {
    LocalDateTime midnight = day.truncatedTo(ChronoUnit.DAYS);
    Event series = outlookCreatesAllDaySeries("Offsite");
    assertThat(sync().counts().createdInCrm()).isEqualTo(1);
    Event third = instances(series.id()).get(2);

    graph
        .events()
        .update(mailbox, third.id(), Event.builder().subject("Offsite (day 3)").build(), null);
    RunReport run = sync();

    assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(run.counts().updatedInCrm()).isEqualTo(1);
    assertThat(crmSeries("Offsite").allDay()).isTrue();
    assertThat(crmSeries("Offsite").recurrence().exceptions())
        .extracting(RecurrenceException::originalStart, RecurrenceException::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(midnight.plusDays(2), "Offsite (day 3)"));
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);

    graph.events().delete(mailbox, instances(series.id()).get(0).id(), null);
    assertThat(sync().counts().updatedInCrm()).isEqualTo(1);
    assertThat(crmSeries("Offsite").recurrence().exceptions())
        .extracting(RecurrenceException::originalStart, RecurrenceException::cancelled)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(midnight, true),
            org.assertj.core.groups.Tuple.tuple(midnight.plusDays(2), false));
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anAllDayOccurrenceTheCrmCancelsIsDeletedInOutlook() {
    LocalDateTime midnight = day.truncatedTo(ChronoUnit.DAYS);
    CalendarEvent created =
        events.create(user, allDaySeries("Holiday week", List.of()), Origin.CRM);
    assertThat(sync().counts().createdInMicrosoft()).isEqualTo(1);
    String masterId = graph.events().findByCrmId(mailbox, created.id()).get(0).id();
    assertThat(instances(masterId)).hasSize(5);

    crmSetsExceptions(
        created.id(),
        List.of(
            RecurrenceException.cancelled(midnight.plusDays(3)),
            new RecurrenceException(
                midnight.plusDays(1),
                false,
                "Holiday week (team day)",
                midnight.plusDays(1),
                midnight.plusDays(2),
                null)));
    RunReport run = sync();

    assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(run.counts().updatedInMicrosoft()).isEqualTo(1);
    assertThat(instances(masterId))
        .extracting(e -> e.originalStart().atZone(BERLIN).toLocalDate())
        .containsExactly(
            midnight.toLocalDate(),
            midnight.plusDays(1).toLocalDate(),
            midnight.plusDays(2).toLocalDate(),
            midnight.plusDays(4).toLocalDate());
    Event teamDay = instances(masterId).get(1);
    assertThat(teamDay.subject()).isEqualTo("Holiday week (team day)");
    assertThat(teamDay.isAllDay()).isTrue();
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
    assertThat(crmSeries("Holiday week").recurrence().exceptions()).hasSize(2);
  }

  // Helpers.

  private RunReport sync() {
    return runs.run(user, SyncResource.CALENDAR, RunTrigger.SYNC_NOW, false);
  }

  private String storedDeltaLink() {
    return jdbc.sql(
            "SELECT delta_link FROM sync_resources WHERE user_id = ? AND resource = 'CALENDAR'")
        .param(user)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private Event outlookCreatesDailySeries(String title) {
    return outlookCreatesSeries(
        Event.builder()
            .subject(title)
            .time(
                DateTimeTimeZone.of(day, BERLIN_WINDOWS),
                DateTimeTimeZone.of(day.plusMinutes(30), BERLIN_WINDOWS))
            .location(Location.named("Room 1")));
  }

  private Event outlookCreatesAllDaySeries(String title) {
    LocalDateTime midnight = day.truncatedTo(ChronoUnit.DAYS);
    return outlookCreatesSeries(
        Event.builder()
            .subject(title)
            .allDay(true)
            .time(
                DateTimeTimeZone.of(midnight, BERLIN_WINDOWS),
                DateTimeTimeZone.of(midnight.plusDays(1), BERLIN_WINDOWS)));
  }

  /** Creates the event in Outlook as a daily series of five from {@code day}. */
  private Event outlookCreatesSeries(Event.Builder event) {
    return graph
        .events()
        .create(
            mailbox,
            event
                .recurrence(
                    PatternedRecurrence.of(
                        RecurrencePattern.daily(1), RecurrenceRange.numbered(day.toLocalDate(), 5)))
                .build());
  }

  private CalendarEvent crmCreatesDailySeries(String title, List<RecurrenceException> exceptions) {
    return events.create(user, series(title, exceptions), Origin.CRM);
  }

  private CalendarEventFields series(String title, List<RecurrenceException> exceptions) {
    return dailySeries(title, day, day.plusMinutes(30), false, "Room 1", exceptions);
  }

  private CalendarEventFields allDaySeries(String title, List<RecurrenceException> exceptions) {
    LocalDateTime midnight = day.truncatedTo(ChronoUnit.DAYS);
    return dailySeries(title, midnight, midnight.plusDays(1), true, null, exceptions);
  }

  /** A daily series of five from {@code start}'s day, in Berlin time. */
  private CalendarEventFields dailySeries(
      String title,
      LocalDateTime start,
      LocalDateTime end,
      boolean allDay,
      String location,
      List<RecurrenceException> exceptions) {
    return new CalendarEventFields(
        title,
        "",
        start,
        end,
        BERLIN,
        allDay,
        location,
        List.of(),
        null,
        null,
        false,
        new Recurrence(
            com.tandem.server.activity.calendar.RecurrencePattern.daily(1),
            new com.tandem.server.activity.calendar.RecurrenceRange(
                com.tandem.server.activity.calendar.RecurrenceRange.Type.NUMBERED,
                start.toLocalDate(),
                null,
                5),
            exceptions));
  }

  /** Gives the CRM series new exceptions, keeping its other fields. */
  private void crmSetsExceptions(String id, List<RecurrenceException> exceptions) {
    CalendarEvent current = events.find(user, id).orElseThrow();
    CalendarEventFields f = current.fields();
    CalendarEventFields changed =
        new CalendarEventFields(
            f.title(),
            f.description(),
            f.start(),
            f.end(),
            f.timeZone(),
            f.allDay(),
            f.location(),
            f.attendees(),
            f.reminderMinutes(),
            f.showAs(),
            f.isPrivate(),
            new Recurrence(f.recurrence().pattern(), f.recurrence().range(), exceptions));
    events.update(user, id, changed, Origin.CRM, current.version());
  }

  private CalendarEventFields crmSeries(String title) {
    return events.list(user, null, null, 0, 50).stream()
        .map(CalendarEvent::fields)
        .filter(f -> f.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private List<Event> instances(String masterId) {
    Instant from = day.minusDays(1).atZone(BERLIN).toInstant();
    return graph.events().instances(mailbox, masterId, from, from.plus(10, ChronoUnit.DAYS));
  }
}
