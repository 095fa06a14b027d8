package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.Fault;
import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventTime;
import com.tandem.engine.calendar.Recurrence;
import com.tandem.engine.calendar.RecurrencePattern;
import com.tandem.engine.calendar.RecurrenceRange;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.graph.GraphClient;
import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.server.sync.EmulatorGraph;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.MicrosoftPage;
import com.tandem.server.sync.resource.MicrosoftPages;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SkippedItem;
import com.tandem.server.sync.resource.SyncWindow;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Microsoft calendar side against the emulator over HTTP. */
class MicrosoftCalendarItemsIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final SyncWindow WINDOW =
      new SyncWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

  private final MicrosoftCalendarItems side =
      new MicrosoftCalendarItems(Clock.systemUTC(), new MemoryOccurrenceMasters());
  private GraphClient graph;
  private MicrosoftTarget target;

  @BeforeEach
  void connect(GraphEmulator emulator) {
    emulator.control().reset();
    graph = EmulatorGraph.client(emulator, 2);
    target = side.target(graph, EmulatorGraph.ADELE);
  }

  private static EventFields meeting(String title, int day) {
    return EventFields.of(
            title,
            EventTime.of("2026-03-%02dT09:00".formatted(day), "Europe/Berlin"),
            EventTime.of("2026-03-%02dT10:00".formatted(day), "Europe/Berlin"))
        .withLocation("Room 1");
  }

  @Test
  void createdEventIsFoundByItsCrmIdWithTheFieldsWritten() {
    ItemVersion created = side.create(target, meeting("Kick-off", 2), "crm-1", "a1");

    ItemState<EventFields> found = side.findByCrmId(target, "crm-1").orElseThrow();

    assertThat(found.id()).isEqualTo(created.id());
    assertThat(found.version()).isEqualTo(created.version());
    assertThat(found.crmIdStamp()).isEqualTo("crm-1");
    assertThat(found.fields()).isEqualTo(meeting("Kick-off", 2));
    assertThat(side.findByCrmId(target, "crm-other")).isEmpty();
  }

  @Test
  void retryingACreateWithTheSameAttemptMakesNoDuplicate() {
    ItemVersion first = side.create(target, meeting("Kick-off", 2), "crm-1", "a1");
    ItemVersion second = side.create(target, meeting("Kick-off", 2), "crm-1", "a1");

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(graph.events().findByCrmId(EmulatorGraph.ADELE, "crm-1")).hasSize(1);
  }

  @Test
  void retryAfterALostAnswerReturnsTheEventTheFirstAttemptMade(GraphEmulator emulator) {
    emulator.control().injectFault(Fault.drop("POST", "/events$", 1));

    assertThatThrownBy(() -> side.create(target, meeting("Kick-off", 2), "crm-1", "a1"))
        .isInstanceOf(GraphServerException.class);
    ItemVersion retried = side.create(target, meeting("Kick-off", 2), "crm-1", "a1");

    assertThat(graph.events().findByCrmId(EmulatorGraph.ADELE, "crm-1"))
        .extracting(Event::id)
        .containsExactly(retried.id());
  }

  @Test
  void transactionIdsAreGuidsThatDependOnCrmIdAndAttempt() {
    String id = MicrosoftCalendarItems.transactionId("crm-" + "x".repeat(500), "a1");

    assertThat(id).hasSize(36).matches("[0-9a-f-]+");
    assertThat(MicrosoftCalendarItems.transactionId("crm-1", "a1"))
        .isEqualTo(MicrosoftCalendarItems.transactionId("crm-1", "a1"))
        .isNotEqualTo(MicrosoftCalendarItems.transactionId("crm-1", "a2"))
        .isNotEqualTo(MicrosoftCalendarItems.transactionId("crm-2", "a1"));
  }

  @Test
  void updateWithTheCurrentVersionSucceedsAndWithAStaleOneIsPreconditionFailed() {
    ItemVersion created = side.create(target, meeting("Kick-off", 2), "crm-1", "a1");

    ItemVersion updated = side.update(target, created.id(), meeting("Moved", 3), created.version());

    assertThat(updated.version()).isNotEqualTo(created.version());
    assertThat(side.read(target, created.id()).orElseThrow().fields())
        .isEqualTo(meeting("Moved", 3));
    assertThatThrownBy(
            () -> side.update(target, created.id(), meeting("Again", 4), created.version()))
        .isInstanceOf(PreconditionFailedException.class);
  }

  @Test
  void updateTurnsASeriesBackIntoASingleEvent() {
    ItemVersion created = side.create(target, weekly("Stand-up"), "crm-1", "a1");

    ItemVersion updated = side.update(target, created.id(), meeting("Once", 2), created.version());

    ItemState<EventFields> read = side.read(target, created.id()).orElseThrow();
    assertThat(read.fields()).isEqualTo(meeting("Once", 2));
    assertThat(read.version()).isEqualTo(updated.version());
  }

  @Test
  void deletingTwiceIsFineAndTheEventIsGone() {
    ItemVersion created = side.create(target, meeting("Kick-off", 2), "crm-1", "a1");

    side.delete(target, created.id(), created.version());
    side.delete(target, created.id(), created.version());

    assertThat(side.read(target, created.id())).isEmpty();
  }

  @Test
  void aFirstRoundReportsEveryEventAndTheNextOnlyTheChangeAndTheDeletion() {
    ItemVersion kept = side.create(target, meeting("Kept", 2), "crm-1", "a1");
    ItemVersion changed = side.create(target, meeting("Changed", 3), "crm-2", "a1");
    ItemVersion deleted = side.create(target, meeting("Deleted", 4), "crm-3", "a1");
    List<MicrosoftPage<EventFields>> first = new ArrayList<>();

    String link = MicrosoftPages.drain(side.changes(target, null, WINDOW), first::add);

    assertThat(first).hasSizeGreaterThan(1);
    assertThat(first.get(first.size() - 1).last()).isTrue();
    assertThat(first.get(first.size() - 1).resumeLink()).isEqualTo(link);
    assertThat(upserted(first))
        .extracting(ItemState::id)
        .containsExactlyInAnyOrder(kept.id(), changed.id(), deleted.id());

    side.update(target, changed.id(), meeting("Changed again", 3), changed.version());
    side.delete(target, deleted.id(), null);
    List<MicrosoftPage<EventFields>> next = new ArrayList<>();
    MicrosoftPages.drain(side.changes(target, link, WINDOW), next::add);

    assertThat(upserted(next)).extracting(i -> i.fields().title()).containsExactly("Changed again");
    assertThat(deletedIds(next)).containsExactly(deleted.id());
  }

  @Test
  void anEventThatLeftTheWindowIsNotReportedDeleted() {
    ItemVersion moved = side.create(target, meeting("Moving", 2), "crm-1", "a1");
    String link = MicrosoftPages.drain(side.changes(target, null, WINDOW), page -> {});
    EventFields later =
        EventFields.of(
            "Moving",
            EventTime.of("2027-06-01T09:00", "Europe/Berlin"),
            EventTime.of("2027-06-01T10:00", "Europe/Berlin"));
    side.update(target, moved.id(), later, moved.version());

    List<MicrosoftPage<EventFields>> next = new ArrayList<>();
    MicrosoftPages.drain(side.changes(target, link, WINDOW), next::add);

    assertThat(deletedIds(next)).isEmpty();
    assertThat(side.read(target, moved.id())).isPresent();
  }

  @Test
  void anAllDayEventComesBackByDeltaAsTheSameDays() {
    EventFields holiday =
        new EventFields(
            "Holiday",
            null,
            EventTime.of("2026-12-24T00:00", "America/New_York"),
            EventTime.of("2026-12-27T00:00", "America/New_York"),
            true,
            "",
            List.of(),
            null,
            com.tandem.engine.calendar.ShowAs.FREE,
            false,
            null);
    side.create(target, holiday, "crm-1", "a1");
    List<MicrosoftPage<EventFields>> pages = new ArrayList<>();

    MicrosoftPages.drain(side.changes(target, null, WINDOW), pages::add);

    assertThat(pages.stream().flatMap(p -> p.skipped().stream())).isEmpty();
    assertThat(upserted(pages))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.fields()).isEqualTo(holiday);
              assertThat(EventConversion.toCrm(i.fields()))
                  .isEqualTo(EventConversion.toCrm(holiday));
            });
  }

  @Test
  void aSeriesIsReportedOnceAsItsMasterWithItsStamp() {
    ItemVersion series = side.create(target, weekly("Stand-up"), "crm-1", "a1");
    List<MicrosoftPage<EventFields>> pages = new ArrayList<>();

    MicrosoftPages.drain(side.changes(target, null, WINDOW), pages::add);

    assertThat(upserted(pages))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.id()).isEqualTo(series.id());
              assertThat(item.crmIdStamp()).isEqualTo("crm-1");
              assertThat(item.fields()).isEqualTo(weekly("Stand-up"));
            });
  }

  @Test
  void eventsTheCrmCannotKeepAreSkippedWithReasonsAndTheRoundGoesOn() {
    ItemVersion good = side.create(target, meeting("Good", 2), "crm-1", "a1");
    Event huge = raw("x".repeat(100 * 1024), "UTC");
    graph.events().create(EmulatorGraph.ADELE, huge);
    // Windows compares zone names in any case, and so does the engine's table.
    graph.events().create(EmulatorGraph.ADELE, raw("Shouting zone", "w. europe standard time"));
    List<MicrosoftPage<EventFields>> pages = new ArrayList<>();

    MicrosoftPages.drain(side.changes(target, null, WINDOW), pages::add);

    assertThat(upserted(pages)).hasSize(2).extracting(ItemState::id).contains(good.id());
    assertThat(upserted(pages))
        .filteredOn(i -> i.fields().title().equals("Shouting zone"))
        .singleElement()
        .satisfies(
            i -> assertThat(i.fields().start().zone()).isEqualTo(ZoneId.of("Europe/Berlin")));
    List<SkippedItem> skipped = pages.stream().flatMap(p -> p.skipped().stream()).toList();
    assertThat(skipped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.title()).hasSizeLessThan(100);
              assertThat(s.reason()).contains("102400 characters").contains("255");
            });
  }

  private static Event raw(String subject, String zone) {
    return Event.builder()
        .subject(subject)
        .time(
            DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 5, 9, 0), zone),
            DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 5, 10, 0), zone))
        .build();
  }

  private static EventFields weekly(String title) {
    return meeting(title, 2)
        .withRecurrence(
            Recurrence.of(
                RecurrencePattern.weekly(1, Set.of(DayOfWeek.MONDAY), DayOfWeek.MONDAY),
                RecurrenceRange.endDate(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 27))));
  }

  private static List<ItemState<EventFields>> upserted(List<MicrosoftPage<EventFields>> pages) {
    return pages.stream()
        .flatMap(p -> p.changes().stream())
        .filter(c -> c instanceof SideChange.Upserted<EventFields>)
        .map(c -> ((SideChange.Upserted<EventFields>) c).item())
        .toList();
  }

  private static List<String> deletedIds(List<MicrosoftPage<EventFields>> pages) {
    return pages.stream()
        .flatMap(p -> p.changes().stream())
        .filter(c -> c instanceof SideChange.Deleted<EventFields>)
        .map(SideChange::id)
        .toList();
  }
}
