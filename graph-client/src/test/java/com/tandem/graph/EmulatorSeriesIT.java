package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.EventType;
import com.tandem.graph.model.Location;
import com.tandem.graph.model.PatternedRecurrence;
import com.tandem.graph.model.RecurrencePattern;
import com.tandem.graph.model.RecurrenceRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calls for one occurrence of a series, against the real emulator over HTTP. */
class EmulatorSeriesIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
  private static final Mailbox ADELE = Mailbox.me("adele");

  private GraphClient client;
  private Event series;

  @BeforeEach
  void aDailySeriesOfFive(GraphEmulator emulator) {
    emulator.control().reset();
    client = EmulatorTokens.client(emulator, 2);
    Event daily =
        Event.builder()
            .subject("Standup")
            .time(
                DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 2, 9, 0), "W. Europe Standard Time"),
                DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 2, 9, 15), "W. Europe Standard Time"))
            .location(Location.named("Room 1"))
            .recurrence(
                PatternedRecurrence.of(
                    RecurrencePattern.daily(1),
                    RecurrenceRange.numbered(LocalDate.of(2026, 3, 2), 5)))
            .build();
    series = client.events().create(ADELE, daily, "tx-series", "crm-series");
  }

  @Test
  void instancesListTheOccurrencesWithTheirMasterAndOriginalStart() {
    List<Event> instances = client.events().instances(ADELE, series.id(), FROM, TO);

    assertThat(instances).hasSize(5);
    Event second = instances.get(1);
    assertThat(second.type()).isEqualTo(EventType.OCCURRENCE);
    assertThat(second.seriesMasterId()).isEqualTo(series.id());
    assertThat(second.originalStart()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
    assertThat(client.events().instances(ADELE, series.id(), TO, TO.plusSeconds(86400))).isEmpty();
  }

  @Test
  void anUpdatedAndADeletedOccurrenceComeBackWithTheMaster() {
    List<Event> instances = client.events().instances(ADELE, series.id(), FROM, TO);
    Event moved =
        client
            .events()
            .update(
                ADELE,
                instances.get(2).id(),
                Event.builder()
                    .subject("Moved standup")
                    .time(
                        DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 4, 15, 0), "UTC"),
                        DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 4, 15, 30), "UTC"))
                    .build(),
                instances.get(2).etag());
    client.events().delete(ADELE, instances.get(3).id(), null);

    Event master = client.events().getWithOccurrences(ADELE, series.id());

    assertThat(moved.type()).isEqualTo(EventType.EXCEPTION);
    assertThat(master.crmId()).contains("crm-series");
    assertThat(master.recurrence()).isNotNull();
    assertThat(master.cancelledOccurrences()).containsExactly("OID." + series.id() + ".2026-03-05");
    assertThat(master.exceptionOccurrences()).hasSize(1);
    Event exception = master.exceptionOccurrences().get(0);
    assertThat(exception.id()).isEqualTo(instances.get(2).id());
    assertThat(exception.subject()).isEqualTo("Moved standup");
    assertThat(exception.originalStart()).isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
    assertThat(exception.start().dateTime()).startsWith("2026-03-04T15:00");
    assertThat(client.events().instances(ADELE, series.id(), FROM, TO)).hasSize(4);
    assertThatThrownBy(() -> client.events().get(ADELE, instances.get(3).id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSingleEventReadWithOccurrencesHasNone() {
    Event single =
        client
            .events()
            .create(
                ADELE,
                Event.builder()
                    .subject("Lunch")
                    .time(
                        DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 9, 12, 0), "UTC"),
                        DateTimeTimeZone.of(LocalDateTime.of(2026, 3, 9, 13, 0), "UTC"))
                    .build());

    Event read = client.events().getWithOccurrences(ADELE, single.id());

    assertThat(read.subject()).isEqualTo("Lunch");
    assertThat(read.type()).isEqualTo(EventType.SINGLE_INSTANCE);
    assertThat(read.cancelledOccurrences()).isNullOrEmpty();
    assertThat(read.exceptionOccurrences()).isNullOrEmpty();
  }
}
