package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.Attendee;
import com.tandem.graph.model.AttendeeType;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.EventType;
import com.tandem.graph.model.ItemBody;
import com.tandem.graph.model.Location;
import com.tandem.graph.model.PatternedRecurrence;
import com.tandem.graph.model.RecurrencePattern;
import com.tandem.graph.model.RecurrencePatternType;
import com.tandem.graph.model.RecurrenceRange;
import com.tandem.graph.model.RecurrenceRangeType;
import com.tandem.graph.model.RemovedReason;
import com.tandem.graph.model.Sensitivity;
import com.tandem.graph.model.ShowAs;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every calendar call against the real emulator over HTTP, delegated and application mode. */
class EmulatorEventsIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final Instant WINDOW_START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant WINDOW_END = Instant.parse("2027-01-01T00:00:00Z");
  private static final Mailbox ADELE = Mailbox.me("adele");

  private GraphClient client;

  @BeforeEach
  void connect(GraphEmulator emulator) {
    emulator.control().reset();
    client = EmulatorTokens.client(emulator, 2);
  }

  private static Event meeting(String subject, int day) {
    return Event.builder()
        .subject(subject)
        .body(ItemBody.text("Agenda"))
        .time(
            DateTimeTimeZone.of(LocalDateTime.of(2026, 3, day, 9, 0), "W. Europe Standard Time"),
            DateTimeTimeZone.of(LocalDateTime.of(2026, 3, day, 10, 0), "W. Europe Standard Time"))
        .location(Location.named("Room 1"))
        .attendees(List.of(Attendee.of(AttendeeType.REQUIRED, "Alex", "alex@contoso.test")))
        .showAs(ShowAs.BUSY)
        .sensitivity(Sensitivity.PRIVATE)
        .reminder(15)
        .build();
  }

  @Test
  void createdEventCarriesItsCrmIdAndIsFoundByIt() {
    Event created = client.events().create(ADELE, meeting("Kick-off", 2), "tx-1", "crm-1");

    Event read = client.events().get(ADELE, created.id());
    List<Event> found = client.events().findByCrmId(ADELE, "crm-1");

    assertThat(created.etag()).isNotBlank();
    assertThat(read.crmId()).contains("crm-1");
    assertThat(read.subject()).isEqualTo("Kick-off");
    assertThat(read.sensitivity()).isEqualTo(Sensitivity.PRIVATE);
    assertThat(read.reminderMinutesBeforeStart()).isEqualTo(15);
    assertThat(read.attendees())
        .extracting(a -> a.emailAddress().address())
        .containsExactly("alex@contoso.test");
    assertThat(found).extracting(Event::id).containsExactly(created.id());
    assertThat(client.events().findByCrmId(ADELE, "crm-other")).isEmpty();
  }

  @Test
  void repeatingACreateWithTheSameTransactionIdYieldsTheSameEvent() {
    Event first = client.events().create(ADELE, meeting("Kick-off", 2), "tx-same", "crm-1");
    Event second = client.events().create(ADELE, meeting("Kick-off", 2), "tx-same", "crm-1");

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(client.events().findByCrmId(ADELE, "crm-1")).hasSize(1);
  }

  @Test
  void updateWithTheCurrentEtagSucceedsAndWithAStaleOneIsPreconditionFailed() {
    Event created = client.events().create(ADELE, meeting("Kick-off", 2), "tx-1", "crm-1");

    Event updated =
        client
            .events()
            .update(ADELE, created.id(), Event.builder().subject("Moved").build(), created.etag());

    assertThat(updated.subject()).isEqualTo("Moved");
    assertThat(updated.changeKey()).isNotEqualTo(created.changeKey());
    assertThatThrownBy(
            () ->
                client
                    .events()
                    .update(
                        ADELE,
                        created.id(),
                        Event.builder().subject("Lost").build(),
                        created.etag()))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(client.events().get(ADELE, created.id()).subject()).isEqualTo("Moved");
  }

  @Test
  void deletedEventIsGone() {
    Event created = client.events().create(ADELE, meeting("Kick-off", 2), "tx-1", "crm-1");

    client.events().delete(ADELE, created.id(), created.etag());

    assertThatThrownBy(() -> client.events().get(ADELE, created.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.requestId()).isPresent());
  }

  @Test
  void recurringSeriesRoundTripsItsPattern() {
    Event series =
        meeting("Weekly", 2).toBuilder()
            .recurrence(
                PatternedRecurrence.of(
                    RecurrencePattern.weekly(1, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)),
                    RecurrenceRange.numbered(LocalDate.of(2026, 3, 2), 6)))
            .build();

    Event created = client.events().create(ADELE, series, "tx-r", "crm-r");
    Event read = client.events().get(ADELE, created.id());

    assertThat(read.type()).isEqualTo(EventType.SERIES_MASTER);
    assertThat(read.recurrence().pattern().type()).isEqualTo(RecurrencePatternType.WEEKLY);
    assertThat(read.recurrence().pattern().daysOfWeek())
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
    assertThat(read.recurrence().range().type()).isEqualTo(RecurrenceRangeType.NUMBERED);
    assertThat(read.recurrence().range().numberOfOccurrences()).isEqualTo(6);
  }

  @Test
  void deltaPagesThroughTheWindowAndResumesWithOnlyTheChanges() {
    List<String> ids = new ArrayList<>();
    for (int day = 2; day <= 6; day++) {
      ids.add(
          client.events().create(ADELE, meeting("M" + day, day), "tx-" + day, "crm-" + day).id());
    }
    List<DeltaPage<Event>> pages = new ArrayList<>();

    String deltaLink = client.events().delta(ADELE, WINDOW_START, WINDOW_END, pages::add);

    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(DeltaItem::id))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(pages.get(pages.size() - 1).last()).isTrue();

    Event changed = client.events().get(ADELE, ids.get(0));
    client
        .events()
        .update(ADELE, changed.id(), Event.builder().subject("Changed").build(), changed.etag());
    client.events().delete(ADELE, ids.get(1), null);
    List<DeltaItem<Event>> changes = new ArrayList<>();

    String next = client.events().resume(ADELE, deltaLink, page -> changes.addAll(page.items()));

    assertThat(next).isNotBlank();
    assertThat(changes)
        .anySatisfy(
            item -> {
              assertThat(item.id()).isEqualTo(ids.get(0));
              assertThat(item.value().subject()).isEqualTo("Changed");
            });
    assertThat(changes)
        .anySatisfy(
            item -> {
              assertThat(item.id()).isEqualTo(ids.get(1));
              assertThat(item.removed()).isEqualTo(RemovedReason.DELETED);
            });
    assertThat(changes).extracting(DeltaItem::id).doesNotContain(ids.get(2), ids.get(3));
  }

  @Test
  void expiredDeltaTokensRaiseSyncStateExpired(GraphEmulator emulator) {
    String deltaLink = client.events().delta(ADELE, WINDOW_START, WINDOW_END, page -> {});
    emulator.control().expireDeltaTokens();

    assertThatThrownBy(() -> client.events().resume(ADELE, deltaLink, page -> {}))
        .isInstanceOf(SyncStateExpiredException.class);
  }

  @Test
  void applicationModeWorksOnANamedUsersCalendar(GraphEmulator emulator) {
    Mailbox alex = Mailbox.user("app", "alex@contoso.test");

    Event created = client.events().create(alex, meeting("App-made", 3), "tx-a", "crm-a");

    assertThat(client.events().get(alex, created.id()).crmId()).contains("crm-a");
    assertThat(client.events().findByCrmId(ADELE, "crm-a")).isEmpty();
    assertThat(client.users().get(alex).userPrincipalName()).isEqualTo("alex@contoso.test");
  }

  @Test
  void throttlingIsReportedWithRetryAfterAndNotRetried(GraphEmulator emulator) {
    emulator.control().injectFault(com.tandem.emulator.Fault.status("GET", "/events", 1, 429, 7));

    assertThatThrownBy(() -> client.events().findByCrmId(ADELE, "crm-1"))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(java.time.Duration.ofSeconds(7)));
    assertThat(client.events().findByCrmId(ADELE, "crm-1")).isEmpty();
  }
}
