package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.EventType;
import com.tandem.graph.model.PatternedRecurrence;
import com.tandem.graph.model.RecurrencePattern;
import com.tandem.graph.model.RecurrencePatternType;
import com.tandem.graph.model.RecurrenceRange;
import com.tandem.graph.model.RecurrenceRangeType;
import com.tandem.graph.model.RemovedReason;
import com.tandem.graph.model.Subscription;
import com.tandem.graph.model.WeekIndex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ValuesTest {

  private static final GraphError CONTEXT = GraphError.of("test", 200, null, null, null);

  private static JsonNode json(String text) {
    return GraphJson.MAPPER.readTree(text);
  }

  @Test
  void weeklyRecurrenceIsWrittenAsGraphExpects() {
    PatternedRecurrence recurrence =
        PatternedRecurrence.of(
            RecurrencePattern.weekly(2, Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)),
            RecurrenceRange.numbered(LocalDate.of(2026, 3, 2), 10));

    assertThat(GraphJson.object(recurrence))
        .isEqualTo(
            json(
                """
                {"pattern":{"type":"weekly","interval":2,"daysOfWeek":["monday","friday"],
                            "firstDayOfWeek":"sunday"},
                 "range":{"type":"numbered","startDate":"2026-03-02","numberOfOccurrences":10}}
                """));
  }

  @Test
  void everyPatternAndRangeKindIsReadFromGraph() {
    String[] patterns = {
      "{\"type\":\"daily\",\"interval\":1}",
      "{\"type\":\"weekly\",\"interval\":1,\"daysOfWeek\":[\"tuesday\"],\"firstDayOfWeek\":\"monday\"}",
      "{\"type\":\"absoluteMonthly\",\"interval\":1,\"dayOfMonth\":15,\"month\":0,\"index\":\"first\"}",
      "{\"type\":\"relativeMonthly\",\"interval\":1,\"daysOfWeek\":[\"thursday\"],\"index\":\"second\"}",
      "{\"type\":\"absoluteYearly\",\"interval\":1,\"month\":5,\"dayOfMonth\":31}",
      "{\"type\":\"relativeYearly\",\"interval\":1,\"month\":11,\"daysOfWeek\":[\"friday\"],\"index\":\"last\"}"
    };
    RecurrencePatternType[] types = RecurrencePatternType.values();
    for (int i = 0; i < patterns.length; i++) {
      RecurrencePattern pattern =
          GraphJson.value(json(patterns[i]), RecurrencePattern.class, CONTEXT);
      assertThat(pattern.type()).isEqualTo(types[i]);
    }
    RecurrencePattern yearly = GraphJson.value(json(patterns[5]), RecurrencePattern.class, CONTEXT);
    assertThat(yearly.daysOfWeek()).containsExactly(DayOfWeek.FRIDAY);
    assertThat(yearly.index()).isEqualTo(WeekIndex.LAST);

    RecurrenceRange noEnd =
        GraphJson.value(
            json(
                "{\"type\":\"noEnd\",\"startDate\":\"2026-01-05\",\"endDate\":\"0001-01-01\",\"numberOfOccurrences\":0,\"recurrenceTimeZone\":\"W. Europe Standard Time\"}"),
            RecurrenceRange.class,
            CONTEXT);
    assertThat(noEnd.type()).isEqualTo(RecurrenceRangeType.NO_END);
    assertThat(noEnd.recurrenceTimeZone()).isEqualTo("W. Europe Standard Time");
    RecurrenceRange byDate =
        GraphJson.value(
            json("{\"type\":\"endDate\",\"startDate\":\"2026-01-05\",\"endDate\":\"2026-06-30\"}"),
            RecurrenceRange.class,
            CONTEXT);
    assertThat(byDate)
        .isEqualTo(RecurrenceRange.endDate(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30)));
  }

  @Test
  void recurrenceFactoriesRefuseImpossibleValues() {
    assertThatThrownBy(() -> RecurrencePattern.daily(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecurrencePattern.absoluteMonthly(1, 32))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecurrencePattern.absoluteYearly(1, 13, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecurrencePattern.weekly(1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RecurrenceRange.endDate(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecurrenceRange.numbered(LocalDate.of(2026, 2, 1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownEnumValuesAndPropertiesFromAFutureGraphAreTolerated() {
    Event event =
        GraphJson.value(
            json(
                "{\"id\":\"e1\",\"showAs\":\"somethingNew\",\"brandNew\":[1,2],\"type\":\"occurrence\",\"seriesMasterId\":\"m1\"}"),
            Event.class,
            CONTEXT);

    assertThat(event.showAs()).isNull();
    assertThat(event.type()).isEqualTo(EventType.OCCURRENCE);
    assertThat(event.seriesMasterId()).isEqualTo("m1");
  }

  @Test
  void eventEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () ->
                Event.builder()
                    .time(
                        DateTimeTimeZone.utc(LocalDateTime.of(2026, 3, 2, 10, 0)),
                        DateTimeTimeZone.utc(LocalDateTime.of(2026, 3, 2, 9, 0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void updateNeverSendsTheTransactionIdOrReadOnlyProperties() {
    Event read =
        GraphJson.value(
            json(
                "{\"@odata.etag\":\"W/\\\"x\\\"\",\"id\":\"e1\",\"changeKey\":\"x\",\"transactionId\":\"t\",\"subject\":\"S\",\"attendees\":[{\"type\":\"required\",\"status\":{\"response\":\"accepted\"},\"emailAddress\":{\"address\":\"a@b.c\"}}]}"),
            Event.class,
            CONTEXT);

    JsonNode patch = Events.writable(read, false);

    assertThat(patch.propertyNames()).containsExactlyInAnyOrder("subject", "attendees");
    assertThat(patch.get("attendees").get(0).has("status")).isFalse();
  }

  @Test
  void reminderAndExtendedPropertiesAreSetThroughTheBuilder() {
    Event event =
        Event.builder()
            .reminder(30)
            .extendedProperty(Events.CRM_ID_PROPERTY, "old")
            .extendedProperty(Events.CRM_ID_PROPERTY.toLowerCase(), "new")
            .build();

    assertThat(event.isReminderOn()).isTrue();
    assertThat(event.reminderMinutesBeforeStart()).isEqualTo(30);
    assertThat(event.singleValueExtendedProperties()).hasSize(1);
    assertThat(event.crmId()).contains("new");
    assertThat(Event.builder().reminder(null).build().isReminderOn()).isFalse();
  }

  @Test
  void dateTimeTimeZoneIsWrittenToWholeSecondsAndChecked() {
    assertThat(
            DateTimeTimeZone.of(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 999), "Europe/Paris")
                .dateTime())
        .isEqualTo("2026-01-02T03:04:05");
    assertThatThrownBy(() -> new DateTimeTimeZone("tomorrow", "UTC"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deltaItemIsEitherAValueOrRemoved() {
    assertThatThrownBy(() -> new DeltaItem<>("x", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RemovedReason.of("deleted")).isEqualTo(RemovedReason.DELETED);
    assertThat(RemovedReason.of("changed")).isEqualTo(RemovedReason.CHANGED);
    assertThat(RemovedReason.of(null)).isEqualTo(RemovedReason.CHANGED);
  }

  @Test
  void subscriptionsCheckTheirChangeTypesUrlsAndClientState() {
    java.net.URI url = java.net.URI.create("https://tandem.example/notify");
    java.time.Instant expiry = java.time.Instant.parse("2026-03-01T00:00:00Z");

    assertThat(
            Subscription.of("me/events", "created,deleted", url, null, expiry, "tandem-secret")
                .toString())
        .doesNotContain("tandem-secret");
    assertThatThrownBy(() -> Subscription.of("me/events", "moved", url, null, expiry, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Subscription.of(
                    "me/events", "created", java.net.URI.create("/n"), null, expiry, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Subscription.of("me/events", "created", url, null, expiry, "x".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mailboxPathsEncodeIdsButKeepUserPrincipalNamesReadable() {
    assertThat(Mailbox.me("c").path()).isEqualTo("/me");
    assertThat(Mailbox.user("c", "adele@contoso.test").path())
        .isEqualTo("/users/adele@contoso.test");
    assertThat(Mailbox.me("c").path("events", "AA/b+c=")).isEqualTo("/me/events/AA%2Fb%2Bc=");
    assertThat(Mailbox.user("c", "o b").path()).isEqualTo("/users/o%20b");
    assertThatThrownBy(() -> Mailbox.me(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
