package com.tandem.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.calendar.RecurrencePattern.WeekIndex;
import com.tandem.engine.fields.Body;
import com.tandem.engine.reconcile.ContentHash;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.engine.tasks.TaskMapping;
import com.tandem.engine.tasks.TaskPriority;
import com.tandem.engine.tasks.TaskStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any CRM event or task survives the trip to Graph's vocabulary and back unchanged. */
class MappingRoundTripProperties {

  @Property(tries = 200)
  void anyCrmEventComesBackUnchangedFromMicrosoft(@ForAll("events") EventFields event) {
    EventFields back = EventMapping.fromMicrosoft(EventMapping.toMicrosoft(event));

    assertThat(back).isEqualTo(event);
    assertThat(ContentHash.of(back)).isEqualTo(ContentHash.of(event));
  }

  @Property(tries = 200)
  void anyCrmTaskComesBackUnchangedFromMicrosoft(@ForAll("tasks") TaskFields task) {
    assertThat(TaskMapping.fromMicrosoft(TaskMapping.toMicrosoft(task))).isEqualTo(task);
  }

  @Provide
  Arbitrary<EventFields> events() {
    Arbitrary<ZoneId> zones =
        Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds())).map(ZoneId::of);
    Arbitrary<LocalDateTime> starts =
        Arbitraries.longs()
            .between(0, 40L * 365 * 24 * 60)
            .map(m -> LocalDateTime.parse("2000-01-01T00:00").plusMinutes(m));
    return Combinators.combine(
            texts(),
            bodies(),
            zones,
            starts,
            Arbitraries.integers().between(0, 3 * 24 * 60),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 10080).injectNull(0.3),
            attendees().list().ofMaxSize(4))
        .flatAs(
            (title, body, zone, start, minutes, allDay, reminder, attendees) ->
                Combinators.combine(
                        Arbitraries.of(ShowAs.class),
                        Arbitraries.of(true, false),
                        recurrences(start.toLocalDate(), zone).injectNull(0.3),
                        texts())
                    .as(
                        (showAs, isPrivate, recurrence, location) -> {
                          EventTime from = new EventTime(start, zone);
                          EventTime to = from.in(zone);
                          to =
                              new EventTime(
                                  LocalDateTime.ofInstant(
                                      from.instant().plusSeconds(minutes * 60L), zone),
                                  zone);
                          if (allDay) {
                            from = new EventTime(start.toLocalDate().atStartOfDay(), zone);
                            to =
                                new EventTime(
                                    start.toLocalDate().plusDays(1 + minutes % 3).atStartOfDay(),
                                    zone);
                          }
                          return new EventFields(
                              title,
                              body,
                              from,
                              to,
                              allDay,
                              location,
                              attendees,
                              reminder,
                              showAs,
                              isPrivate,
                              recurrence);
                        }));
  }

  private Arbitrary<Recurrence> recurrences(LocalDate start, ZoneId zone) {
    Arbitrary<Integer> interval = Arbitraries.integers().between(1, 12);
    Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
    Arbitrary<WeekIndex> index = Arbitraries.of(WeekIndex.class);
    Arbitrary<Integer> dayOfMonth = Arbitraries.integers().between(1, 31);
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<RecurrencePattern> patterns =
        Arbitraries.oneOf(
            interval.map(RecurrencePattern::daily),
            Combinators.combine(interval, days, Arbitraries.of(DayOfWeek.class))
                .as(RecurrencePattern::weekly),
            Combinators.combine(interval, dayOfMonth).as(RecurrencePattern::absoluteMonthly),
            Combinators.combine(interval, days, index).as(RecurrencePattern::relativeMonthly),
            Combinators.combine(interval, month, dayOfMonth).as(RecurrencePattern::absoluteYearly),
            Combinators.combine(interval, month, days, index)
                .as(RecurrencePattern::relativeYearly));
    Arbitrary<RecurrenceRange> ranges =
        Arbitraries.oneOf(
            Arbitraries.just(RecurrenceRange.noEnd(start)),
            Arbitraries.integers()
                .between(0, 3000)
                .map(d -> RecurrenceRange.endDate(start, start.plusDays(d))),
            Arbitraries.integers().between(1, 999).map(n -> RecurrenceRange.numbered(start, n)));
    Arbitrary<Set<LocalDate>> cancelled =
        Arbitraries.integers().between(1, 400).map(start::plusDays).set().ofMaxSize(3);
    Arbitrary<ChangedOccurrence> changed =
        Combinators.combine(
                Arbitraries.integers().between(1, 400),
                Arbitraries.integers().between(0, 23 * 60),
                Arbitraries.integers().between(0, 600),
                texts(),
                texts())
            .as(
                (day, minute, length, title, location) -> {
                  LocalDateTime at = start.plusDays(day).atStartOfDay().plusMinutes(minute);
                  EventTime from = new EventTime(at, zone);
                  Instant end = from.instant().plusSeconds(length * 60L);
                  return new ChangedOccurrence(
                      start.plusDays(day),
                      from,
                      new EventTime(LocalDateTime.ofInstant(end, zone), zone),
                      title,
                      location);
                });
    return Combinators.combine(
            patterns,
            ranges,
            cancelled,
            changed.list().ofMaxSize(2).uniqueElements(ChangedOccurrence::originalDate))
        .as(Recurrence::new);
  }

  private Arbitrary<Attendee> attendees() {
    return Combinators.combine(
            texts(),
            Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(8)
                .map(s -> s + "@contoso.test"),
            Arbitraries.of(Attendee.Type.class),
            Arbitraries.of(Attendee.Response.class))
        .as(Attendee::new);
  }

  @Provide
  Arbitrary<TaskFields> tasks() {
    Arbitrary<LocalDate> dates =
        Arbitraries.integers()
            .between(0, 20000)
            .map(d -> LocalDate.parse("2000-01-01").plusDays(d));
    Arbitrary<Instant> instants =
        Arbitraries.longs()
            .between(946_684_800_000L, 2_500_000_000_000L)
            .map(Instant::ofEpochMilli);
    return Combinators.combine(
            texts(),
            bodies(),
            dates.injectNull(0.3),
            dates.injectNull(0.3),
            Arbitraries.of(TaskStatus.class),
            Arbitraries.of(TaskPriority.class),
            instants.injectNull(0.3),
            instants.injectNull(0.3))
        .as(TaskFields::new);
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings().ofMaxLength(20);
  }

  private static Arbitrary<Body> bodies() {
    return Combinators.combine(texts(), Arbitraries.of(true, false)).as(Body::new);
  }
}
