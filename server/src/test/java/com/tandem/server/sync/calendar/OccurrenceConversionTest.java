package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.calendar.ChangedOccurrence;
import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventMapping;
import com.tandem.engine.calendar.EventTime;
import com.tandem.engine.calendar.Recurrence;
import com.tandem.engine.calendar.RecurrencePattern;
import com.tandem.engine.calendar.RecurrenceRange;
import com.tandem.graph.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A series' changed and cancelled occurrences between the CRM, the engine and Graph. */
class OccurrenceConversionTest {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** A Berlin series as Graph returns it, with an exception and a cancelled occurrence. */
  private static final String OUTLOOK_SERIES =
      """
      {"id": "m1", "subject": "Review", "type": "seriesMaster",
       "start": {"dateTime": "2026-11-23T08:00:00.0000000", "timeZone": "UTC"},
       "end": {"dateTime": "2026-11-23T09:00:00.0000000", "timeZone": "UTC"},
       "originalStartTimeZone": "W. Europe Standard Time",
       "originalEndTimeZone": "W. Europe Standard Time",
       "location": {"displayName": "Room 1"}, "showAs": "oof", "sensitivity": "private",
       "isReminderOn": true, "reminderMinutesBeforeStart": 15,
       "body": {"contentType": "html", "content": "<p>Agenda</p>"},
       "recurrence": {
         "pattern": {"type": "daily", "interval": 1, "month": 0, "dayOfMonth": 0},
         "range": {"type": "endDate", "startDate": "2026-11-23", "endDate": "2027-03-01",
                   "recurrenceTimeZone": "W. Europe Standard Time", "numberOfOccurrences": 0}},
       "cancelledOccurrences": ["OID.m1.2026-12-07"],
       "exceptionOccurrences": [
         {"id": "x1", "type": "exception", "seriesMasterId": "m1", "subject": "Review (moved)",
          "originalStart": "2026-12-21T08:00:00Z",
          "start": {"dateTime": "2026-12-22T10:00:00.0000000", "timeZone": "UTC"},
          "end": {"dateTime": "2026-12-22T11:30:00.0000000", "timeZone": "UTC"},
          "location": {"displayName": "Room 1"}},
         {"id": "x2", "type": "exception", "seriesMasterId": "m1", "subject": "Review",
          "originalStart": "2027-01-04T08:00:00Z",
          "start": {"dateTime": "2027-01-04T08:00:00.0000000", "timeZone": "UTC"},
          "end": {"dateTime": "2027-01-04T09:00:00.0000000", "timeZone": "UTC"},
          "location": {"displayName": "Room 2"}}]}
      """;

  @Test
  void anOutlookSeriesReadsWithTheSameOccurrenceChangesAsTheCrmSeries() {
    EventFields crm = EventConversion.toEngine(ConversionTest.fullSeries());

    EventFields outlook = EventMapping.fromMicrosoft(OutlookEvents.toEngine(event(OUTLOOK_SERIES)));

    assertThat(outlook.recurrence().cancelledOccurrences())
        .isEqualTo(crm.recurrence().cancelledOccurrences());
    assertThat(outlook.recurrence().changedOccurrences())
        .isEqualTo(crm.recurrence().changedOccurrences());
  }

  @Test
  void aSingleEventHasNoOccurrenceChangesWhateverGraphSends() {
    String single =
        OUTLOOK_SERIES
            .replace("\"type\": \"seriesMaster\"", "\"type\": \"singleInstance\"")
            .replaceFirst("\"recurrence\": \\{", "\"ignored\": {");

    EventFields fields = EventMapping.fromMicrosoft(OutlookEvents.toEngine(event(single)));

    assertThat(fields.recurrence()).isNull();
  }

  @Test
  void anExceptionWithoutItsOriginalStartIsRefused() {
    Event broken =
        event(OUTLOOK_SERIES.replace("\"originalStart\": \"2026-12-21T08:00:00Z\",", ""));

    assertThatThrownBy(() -> OutlookEvents.toEngine(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("original start");
  }

  @Test
  void anOccurrenceEditedBackToTheSeriesIsNoChange() {
    EventFields series = daily(List.of());
    ChangedOccurrence asPlanned = EventConversion.asPlanned(series, LocalDate.parse("2026-03-03"));
    ChangedOccurrence renamed =
        new ChangedOccurrence(
            LocalDate.parse("2026-03-04"),
            at("2026-03-04T09:00"),
            at("2026-03-04T09:30"),
            "Standup (long)",
            "Room 1");

    EventFields cleaned =
        EventConversion.withoutUnchangedOccurrences(daily(List.of(asPlanned, renamed)));

    assertThat(asPlanned.start()).isEqualTo(at("2026-03-03T09:00"));
    assertThat(asPlanned.end()).isEqualTo(at("2026-03-03T09:30"));
    assertThat(cleaned.recurrence().changedOccurrences()).containsExactly(renamed);
    assertThat(EventConversion.withoutUnchangedOccurrences(series)).isSameAs(series);
  }

  @Test
  void anOccurrencePatchCarriesTitleTimesAndLocation() {
    ChangedOccurrence moved =
        new ChangedOccurrence(
            LocalDate.parse("2026-03-04"),
            at("2026-03-04T14:00"),
            at("2026-03-04T15:00"),
            "Moved",
            "Room 9");

    Event patch = OutlookEvents.occurrence(moved);

    assertThat(patch.subject()).isEqualTo("Moved");
    assertThat(patch.start().dateTime()).startsWith("2026-03-04T14:00");
    assertThat(patch.start().timeZone()).isEqualTo("W. Europe Standard Time");
    assertThat(patch.end().dateTime()).startsWith("2026-03-04T15:00");
    assertThat(patch.location().displayName()).isEqualTo("Room 9");
    assertThat(patch.recurrence()).isNull();
  }

  static EventFields daily(List<ChangedOccurrence> changed) {
    return EventFields.of("Standup", at("2026-03-02T09:00"), at("2026-03-02T09:30"))
        .withLocation("Room 1")
        .withRecurrence(
            new Recurrence(
                RecurrencePattern.daily(1),
                RecurrenceRange.numbered(LocalDate.parse("2026-03-02"), 5),
                Set.of(),
                changed));
  }

  static EventTime at(String local) {
    return EventTime.of(local, "Europe/Berlin");
  }

  private static Event event(String json) {
    return JSON.readValue(json, Event.class);
  }
}
