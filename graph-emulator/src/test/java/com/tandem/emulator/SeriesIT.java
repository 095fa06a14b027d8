package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Recurring series as Graph shows them: occurrences, exceptions, cancellations, and their delta.
 */
@ExtendWith(GraphEmulatorExtension.class)
class SeriesIT {
  static final String WINDOW =
      "startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-03-01T00:00:00Z";
  static final String DAILY =
      "{\"subject\":\"Standup\",\"start\":{\"dateTime\":\"2026-01-05T09:00:00\",\"timeZone\":\"UTC\"},"
          + "\"end\":{\"dateTime\":\"2026-01-05T09:15:00\",\"timeZone\":\"UTC\"},\"recurrence\":{\"pattern\":"
          + "{\"type\":\"daily\",\"interval\":1},\"range\":{\"type\":\"numbered\","
          + "\"startDate\":\"2026-01-05\",\"numberOfOccurrences\":4}}}";

  GraphEmulator emulator;
  Http http;
  String master;

  @BeforeEach
  void aDailySeriesOfFour() {
    emulator.control().reset();
    http = Http.signedIn(emulator, "adele@contoso.test", "Calendars.ReadWrite");
    Http.Answer created = http.post("/v1.0/me/events", DAILY);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    master = created.json().path("id").asString();
  }

  @Test
  void aPatchedOccurrenceBecomesAnExceptionThatKeepsItsOriginalStart() {
    String second = instances().get(1).path("id").asString();

    Http.Answer patched =
        http.patch(
            "/v1.0/me/events/" + second,
            "{\"subject\":\"Moved\",\"start\":{\"dateTime\":\"2026-01-06T14:00:00\",\"timeZone\":\"UTC\"},"
                + "\"end\":{\"dateTime\":\"2026-01-06T14:30:00\",\"timeZone\":\"UTC\"}}");

    assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    JsonNode exception = instances().get(1);
    assertThat(exception.path("id").asString()).isEqualTo(second);
    assertThat(exception.path("type").asString()).isEqualTo("exception");
    assertThat(exception.path("seriesMasterId").asString()).isEqualTo(master);
    assertThat(exception.path("subject").asString()).isEqualTo("Moved");
    assertThat(exception.at("/start/dateTime").asString()).startsWith("2026-01-06T14:00");
    assertThat(exception.path("originalStart").asString()).startsWith("2026-01-06T09:00:00");
    assertThat(instances().get(0).path("type").asString()).isEqualTo("occurrence");
    assertThat(instances().get(0).path("originalStart").asString())
        .startsWith("2026-01-05T09:00:00");
  }

  @Test
  void theMasterListsItsCancelledOccurrencesWhenSelectedAndItsExceptionsWhenExpanded() {
    List<JsonNode> before = instances();
    http.patch("/v1.0/me/events/" + before.get(3).path("id").asString(), "{\"subject\":\"Last\"}");
    Http.Answer deleted = http.delete("/v1.0/me/events/" + before.get(1).path("id").asString());

    assertThat(deleted.status()).isEqualTo(204);
    JsonNode read =
        http.get(
                "/v1.0/me/events/"
                    + master
                    + "?$select=subject,originalStart,cancelledOccurrences&$expand=exceptionOccurrences")
            .json();
    assertThat(read.path("cancelledOccurrences").get(0).asString())
        .isEqualTo("OID." + master + ".2026-01-06");
    assertThat(read.path("cancelledOccurrences").size()).isEqualTo(1);
    assertThat(read.path("exceptionOccurrences").size()).isEqualTo(1);
    JsonNode exception = read.path("exceptionOccurrences").get(0);
    assertThat(exception.path("id").asString()).isEqualTo(before.get(3).path("id").asString());
    assertThat(exception.path("subject").asString()).isEqualTo("Last");
    assertThat(exception.path("originalStart").asString()).startsWith("2026-01-08T09:00:00");
    assertThat(http.get("/v1.0/me/events/" + master).json().has("cancelledOccurrences")).isFalse();
    assertThat(http.get("/v1.0/me/events/" + before.get(1).path("id").asString()).status())
        .isEqualTo(404);
    assertThat(instances()).hasSize(3);
  }

  @Test
  void cancellingAnExceptionRemovesItFromTheExceptions() {
    String first = instances().get(0).path("id").asString();
    http.patch("/v1.0/me/events/" + first, "{\"subject\":\"Changed\"}");

    http.delete("/v1.0/me/events/" + first);

    JsonNode read = http.get("/v1.0/me/events/" + master + "?$expand=exceptionOccurrences").json();
    assertThat(read.path("exceptionOccurrences").size()).isZero();
  }

  @Test
  void changingTheSeriesPatternDropsItsExceptionsButARenameKeepsThem() {
    List<JsonNode> before = instances();
    http.patch("/v1.0/me/events/" + before.get(0).path("id").asString(), "{\"subject\":\"One\"}");
    http.delete("/v1.0/me/events/" + before.get(1).path("id").asString());

    http.patch("/v1.0/me/events/" + master, "{\"subject\":\"Daily standup\"}");

    assertThat(instances()).hasSize(3);
    assertThat(instances().get(0).path("subject").asString()).isEqualTo("One");

    http.patch(
        "/v1.0/me/events/" + master,
        "{\"recurrence\":{\"pattern\":{\"type\":\"daily\",\"interval\":1},\"range\":{\"type\":\"numbered\","
            + "\"startDate\":\"2026-01-05\",\"numberOfOccurrences\":5}}}");

    assertThat(instances())
        .hasSize(5)
        .allMatch(i -> i.path("type").asString().equals("occurrence"));
  }

  @Test
  void anOccurrenceRefusesARecurrenceOrAnEndBeforeItsStartAndStaysAsItWas() {
    String first = instances().get(0).path("id").asString();

    Http.Answer recurrence =
        http.patch(
            "/v1.0/me/events/" + first,
            "{\"recurrence\":{\"pattern\":{\"type\":\"daily\",\"interval\":1}}}");
    Http.Answer backwards =
        http.patch(
            "/v1.0/me/events/" + first,
            "{\"subject\":\"Backwards\",\"start\":{\"dateTime\":\"2026-01-05T12:00:00\",\"timeZone\":\"UTC\"},"
                + "\"end\":{\"dateTime\":\"2026-01-05T11:00:00\",\"timeZone\":\"UTC\"}}");

    assertThat(recurrence.status()).isEqualTo(400);
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(instances().get(0).path("type").asString()).isEqualTo("occurrence");
    assertThat(instances().get(0).path("subject").asString()).isEqualTo("Standup");
  }

  @Test
  void deltaReportsTheExceptionTheCancellationAndTheDeletedSeries() {
    String[] link = new String[1];
    List<JsonNode> initial = round("/v1.0/me/calendarView/delta?" + WINDOW, link);
    assertThat(initial).hasSize(4);
    String first = initial.get(0).path("id").asString();
    String second = initial.get(1).path("id").asString();

    http.patch("/v1.0/me/events/" + first, "{\"subject\":\"Changed\"}");
    List<JsonNode> changed = round(link[0], link);

    assertThat(changed)
        .anyMatch(
            i ->
                i.path("id").asString().equals(first)
                    && i.path("type").asString().equals("exception")
                    && i.path("subject").asString().equals("Changed")
                    && i.path("seriesMasterId").asString().equals(master));

    http.delete("/v1.0/me/events/" + second);
    List<JsonNode> cancelled = round(link[0], link);

    assertThat(cancelled)
        .anyMatch(i -> i.path("id").asString().equals(second) && i.has("@removed"));
    assertThat(cancelled)
        .anyMatch(i -> i.path("seriesMasterId").asString().equals(master) && !i.has("@removed"));

    http.delete("/v1.0/me/events/" + master);
    List<JsonNode> deleted = round(link[0], link);

    assertThat(deleted)
        .hasSize(3)
        .allMatch(i -> i.at("/@removed/reason").asString().equals("deleted"));
    assertThat(deleted).anyMatch(i -> i.path("id").asString().equals(first));
    assertThat(http.get("/v1.0/me/events/" + first).status()).isEqualTo(404);
  }

  private List<JsonNode> instances() {
    Http.Answer answer = http.get("/v1.0/me/events/" + master + "/instances?" + WINDOW);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    answer.json().path("value").forEach(out::add);
    return out;
  }

  private List<JsonNode> round(String first, String[] deltaLink) {
    List<JsonNode> items = new ArrayList<>();
    String next = first;
    while (next != null) {
      Http.Answer r = http.get(next);
      assertThat(r.status()).as(r.text()).isEqualTo(200);
      r.json().path("value").forEach(items::add);
      next = r.json().path("@odata.nextLink").asString(null);
      deltaLink[0] = r.json().path("@odata.deltaLink").asString(null);
    }
    return items;
  }
}
