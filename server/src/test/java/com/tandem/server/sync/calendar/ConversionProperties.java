package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventMapping;
import com.tandem.engine.tasks.TaskMapping;
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
import com.tandem.server.sync.tasks.TaskConversion;
import com.tandem.server.sync.tasks.TodoConversion;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random CRM events and tasks survive the engine, and the engine's survive Graph's records. */
class ConversionProperties {

  private static final List<String> ZONES =
      List.of(
          "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata");

  @Property(tries = 200)
  void aCrmEventSurvivesTheEngine(@ForAll("events") CalendarEventFields crm) {
    assertThat(EventConversion.toCrm(EventConversion.toEngine(crm))).isEqualTo(crm);
  }

  @Property(tries = 200)
  void anEngineEventSurvivesGraph(@ForAll("events") CalendarEventFields crm) {
    // Graph neither carries occurrence changes nor takes attendees' answers on writes.
    EventFields engine =
        EventConversion.withoutOccurrenceChanges(EventConversion.toEngine(crm))
            .withAttendees(
                EventConversion.toEngine(crm).attendees().stream()
                    .map(a -> com.tandem.engine.calendar.Attendee.required(a.name(), a.address()))
                    .toList());

    EventFields back =
        EventMapping.fromMicrosoft(
            OutlookEvents.toEngine(OutlookEvents.toGraph(EventMapping.toMicrosoft(engine))));

    assertThat(back).isEqualTo(engine);
  }

  @Property(tries = 200)
  void aCrmTaskSurvivesTheEngineAndAnEngineTaskGraph(@ForAll("tasks") TaskFields crm) {
    com.tandem.engine.tasks.TaskFields engine = TaskConversion.toEngine(crm);

    assertThat(TaskConversion.toCrm(engine)).isEqualTo(crm);
    assertThat(
            TaskMapping.fromMicrosoft(
                TodoConversion.toEngine(TodoConversion.toGraph(TaskMapping.toMicrosoft(engine)))))
        .isEqualTo(engine);
  }

  @Provide
  Arbitrary<CalendarEventFields> events() {
    Arbitrary<LocalDateTime> start =
        Combinators.combine(
                Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 95))
            .as(
                (day, quarter) ->
                    LocalDateTime.of(2026, 1, 1, 0, 0).plusDays(day).plusMinutes(quarter * 15L));
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 600);
    Arbitrary<Boolean> allDay = Arbitraries.of(true, false);
    Arbitrary<List<Attendee>> attendees =
        Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).injectNull(0.3),
                Arbitraries.of(Attendee.Type.class),
                Arbitraries.of(Attendee.Response.class))
            .as((name, type, response) -> new Attendee(null, name, type, response))
            .list()
            .ofMaxSize(3)
            .map(
                list -> {
                  List<Attendee> numbered = new ArrayList<>();
                  for (int i = 0; i < list.size(); i++) {
                    Attendee a = list.get(i);
                    numbered.add(
                        new Attendee("p" + i + "@contoso.test", a.name(), a.type(), a.response()));
                  }
                  return numbered;
                });
    Arbitrary<String> text =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars(' ', '<', '>')
            .ofMinLength(1)
            .ofMaxLength(20);
    return Combinators.combine(
            text.map(t -> "T" + t),
            text.injectNull(0.4),
            start,
            minutes,
            allDay,
            Arbitraries.of(ZONES),
            text.injectNull(0.4),
            attendees)
        .flatAs(
            (title, description, from, length, wholeDays, zone, location, people) ->
                Combinators.combine(
                        Arbitraries.integers().between(0, 120).injectNull(0.3),
                        Arbitraries.of(ShowAs.class),
                        Arbitraries.of(true, false),
                        recurrence(from, wholeDays))
                    .as(
                        (reminder, showAs, isPrivate, series) -> {
                          LocalDateTime s = wholeDays ? from.toLocalDate().atStartOfDay() : from;
                          LocalDateTime e =
                              wholeDays ? s.plusDays(1 + length % 3) : s.plusMinutes(length);
                          return new CalendarEventFields(
                              title,
                              description,
                              s,
                              e,
                              ZoneId.of(zone),
                              wholeDays,
                              location,
                              people,
                              reminder,
                              showAs,
                              isPrivate,
                              series);
                        }))
        // A wall-clock time a DST gap skips has no instant: the engine refuses such an event.
        .filter(ConversionProperties::everyTimeExists);
  }

  private static boolean everyTimeExists(CalendarEventFields event) {
    if (event.allDay()) {
      return true;
    }
    List<LocalDateTime> times = new ArrayList<>(List.of(event.start(), event.end()));
    if (event.recurrence() != null) {
      for (var exception : event.recurrence().exceptions()) {
        times.add(exception.originalStart());
        if (exception.start() != null) {
          times.add(exception.start());
        }
        if (exception.end() != null) {
          times.add(exception.end());
        }
      }
    }
    return times.stream().allMatch(t -> !event.timeZone().getRules().getValidOffsets(t).isEmpty());
  }

  private Arbitrary<Recurrence> recurrence(LocalDateTime start, boolean allDay) {
    LocalDate first = start.toLocalDate();
    Arbitrary<Set<DayOfWeek>> days =
        Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(3);
    Arbitrary<RecurrencePattern> pattern =
        Combinators.combine(
                Arbitraries.of(RecurrencePattern.Type.class),
                Arbitraries.integers().between(1, 99),
                days,
                Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(1, 12),
                Arbitraries.of(RecurrencePattern.Index.class),
                Arbitraries.of(DayOfWeek.class))
            .as(
                (type, interval, weekdays, dayOfMonth, month, index, firstDay) -> {
                  boolean usesDays =
                      type == RecurrencePattern.Type.WEEKLY
                          || type == RecurrencePattern.Type.RELATIVE_MONTHLY
                          || type == RecurrencePattern.Type.RELATIVE_YEARLY;
                  boolean absolute =
                      type == RecurrencePattern.Type.ABSOLUTE_MONTHLY
                          || type == RecurrencePattern.Type.ABSOLUTE_YEARLY;
                  boolean yearly =
                      type == RecurrencePattern.Type.ABSOLUTE_YEARLY
                          || type == RecurrencePattern.Type.RELATIVE_YEARLY;
                  boolean relative =
                      type == RecurrencePattern.Type.RELATIVE_MONTHLY
                          || type == RecurrencePattern.Type.RELATIVE_YEARLY;
                  return new RecurrencePattern(
                      type,
                      interval,
                      usesDays ? List.copyOf(new TreeSet<>(weekdays)) : List.of(),
                      absolute ? dayOfMonth : null,
                      yearly ? month : null,
                      relative ? index : null,
                      type == RecurrencePattern.Type.WEEKLY ? firstDay : DayOfWeek.SUNDAY);
                });
    Arbitrary<RecurrenceRange> range =
        Combinators.combine(
                Arbitraries.of(RecurrenceRange.Type.class), Arbitraries.integers().between(1, 400))
            .as(
                (type, n) ->
                    switch (type) {
                      case END_DATE -> RecurrenceRange.until(first, first.plusDays(n));
                      case NO_END -> RecurrenceRange.noEnd(first);
                      case NUMBERED -> new RecurrenceRange(type, first, null, n % 999 + 1);
                    });
    Arbitrary<List<RecurrenceException>> cancelled =
        Arbitraries.integers()
            .between(1, 60)
            .set()
            .ofMaxSize(3)
            .map(
                offsets ->
                    new TreeSet<>(offsets)
                        .stream()
                            .map(
                                d ->
                                    RecurrenceException.cancelled(
                                        first
                                            .plusDays(d)
                                            .atTime(
                                                allDay
                                                    ? java.time.LocalTime.MIDNIGHT
                                                    : start.toLocalTime())))
                            .toList());
    return Combinators.combine(pattern, range, cancelled).as(Recurrence::new).injectNull(0.5);
  }

  @Provide
  Arbitrary<TaskFields> tasks() {
    Arbitrary<String> text =
        Arbitraries.strings().alpha().numeric().withChars(' ').ofMinLength(1).ofMaxLength(20);
    Arbitrary<LocalDate> date =
        Arbitraries.integers().between(0, 700).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
    Arbitrary<Instant> instant =
        Arbitraries.longs()
            .between(0, 365L * 24 * 60)
            .map(m -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(m * 60));
    return Combinators.combine(
            text.map(t -> "S" + t),
            text.injectNull(0.4),
            date.injectNull(0.3),
            Arbitraries.integers().between(0, 30).injectNull(0.5),
            Arbitraries.of(TaskStatus.class),
            Arbitraries.of(TaskPriority.class),
            instant.injectNull(0.5),
            instant)
        .as(
            (subject, description, due, startBefore, status, priority, reminder, completed) ->
                new TaskFields(
                    subject,
                    description,
                    due,
                    due == null || startBefore == null ? null : due.minusDays(startBefore),
                    status,
                    priority,
                    reminder,
                    status == TaskStatus.CLOSED ? completed : null));
  }
}
