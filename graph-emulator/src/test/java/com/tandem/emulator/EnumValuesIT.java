package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Enum values in request bodies are read in any letter case and answered as the schema spells them.
 */
@ExtendWith(GraphEmulatorExtension.class)
class EnumValuesIT {
  static final String TIMES =
      "\"start\":{\"dateTime\":\"2026-01-05T09:00:00\",\"timeZone\":\"UTC\"},"
          + "\"end\":{\"dateTime\":\"2026-01-05T10:00:00\",\"timeZone\":\"UTC\"}";

  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http =
        Http.signedIn(
            emulator,
            "adele@contoso.test",
            "Calendars.ReadWrite",
            "Tasks.ReadWrite",
            "Mail.ReadWrite",
            "Mail.Send");
  }

  String tasks() {
    return "/v1.0/me/todo/lists/"
        + http.get("/v1.0/me/todo/lists").json().at("/value/0/id").asString()
        + "/tasks";
  }

  @Test
  void aCapitalisedAttendeeTypeIsAccepted() {
    Http.Answer r =
        http.post(
            "/v1.0/me/events",
            "{\"subject\":\"x\","
                + TIMES
                + ",\"attendees\":[{\"type\":\"Required\",\"emailAddress\":{\"address\":\"a@b.test\"}},"
                + "{\"type\":\"OPTIONAL\",\"emailAddress\":{\"address\":\"c@d.test\"}}]}");
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    assertThat(r.json().at("/attendees/0/type").asString()).isEqualTo("required");
    assertThat(r.json().at("/attendees/1/type").asString()).isEqualTo("optional");
  }

  @Test
  void everyEventEnumIsReadInAnyCaseAndStoredAsTheSchemaSpellsIt() {
    Http.Answer r =
        http.post(
            "/v1.0/me/events",
            "{\"subject\":\"Standup\","
                + TIMES
                + ",\"body\":{\"contentType\":\"HTML\",\"content\":\"<b>hi</b>\"},"
                + "\"showAs\":\"WorkingElsewhere\",\"sensitivity\":\"PRIVATE\",\"importance\":\"High\","
                + "\"onlineMeetingProvider\":\"TeamsForBusiness\",\"recurrence\":{\"pattern\":{"
                + "\"type\":\"RelativeMonthly\",\"interval\":1,\"daysOfWeek\":[\"Monday\",\"WEDNESDAY\"],"
                + "\"firstDayOfWeek\":\"Monday\",\"index\":\"First\"},"
                + "\"range\":{\"type\":\"Numbered\",\"startDate\":\"2026-01-05\",\"numberOfOccurrences\":3}}}");
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    JsonNode stored = http.get("/v1.0/me/events/" + r.json().path("id").asString()).json();
    for (JsonNode e : new JsonNode[] {r.json(), stored}) {
      assertThat(e.at("/body/contentType").asString()).isEqualTo("html");
      assertThat(e.path("showAs").asString()).isEqualTo("workingElsewhere");
      assertThat(e.path("sensitivity").asString()).isEqualTo("private");
      assertThat(e.path("importance").asString()).isEqualTo("high");
      assertThat(e.path("onlineMeetingProvider").asString()).isEqualTo("teamsForBusiness");
      assertThat(e.at("/recurrence/pattern/type").asString()).isEqualTo("relativeMonthly");
      assertThat(e.at("/recurrence/pattern/daysOfWeek").toString())
          .isEqualTo("[\"monday\",\"wednesday\"]");
      assertThat(e.at("/recurrence/pattern/firstDayOfWeek").asString()).isEqualTo("monday");
      assertThat(e.at("/recurrence/pattern/index").asString()).isEqualTo("first");
      assertThat(e.at("/recurrence/range/type").asString()).isEqualTo("numbered");
    }
  }

  @Test
  void anOccurrenceTakesCapitalisedEnumsToo() {
    String body =
        "{\"subject\":\"Daily\","
            + TIMES
            + ",\"recurrence\":{\"pattern\":{\"type\":\"DAILY\",\"interval\":1},"
            + "\"range\":{\"type\":\"EndDate\",\"startDate\":\"2026-01-05\",\"endDate\":\"2026-01-07\"}}}";
    String id = http.post("/v1.0/me/events", body).json().path("id").asString();
    String occurrence =
        http.get("/v1.0/me/events/" + id + "/instances?" + CalendarIT.WINDOW)
            .json()
            .at("/value/1/id")
            .asString();
    Http.Answer r =
        http.patch("/v1.0/me/events/" + occurrence, "{\"showAs\":\"Free\",\"importance\":\"LOW\"}");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().path("showAs").asString()).isEqualTo("free");
    assertThat(r.json().path("importance").asString()).isEqualTo("low");
  }

  @Test
  void valuesNamingNoMemberStillGetGraphs400AndCreateNothing() {
    String[] bad = {
      "\"showAs\":\"sleeping\"",
      "\"importance\":\"urgent\"",
      "\"body\":{\"contentType\":\"markdown\",\"content\":\"x\"}",
      "\"attendees\":[{\"type\":\"mandatory\",\"emailAddress\":{\"address\":\"a@b.test\"}}]",
      "\"recurrence\":{\"pattern\":{\"type\":\"Fortnightly\"},\"range\":{\"type\":\"noEnd\"}}",
      "\"recurrence\":{\"pattern\":{\"type\":\"daily\",\"index\":\"Fifth\"},\"range\":{\"type\":\"noEnd\"}}",
      "\"recurrence\":{\"pattern\":{\"type\":\"daily\"},\"range\":{\"type\":\"Forever\"}}"
    };
    for (String property : bad) {
      Http.Answer r =
          http.post("/v1.0/me/events", "{\"subject\":\"x\"," + TIMES + "," + property + "}");
      assertThat(r.status()).as(property).isEqualTo(400);
      assertThat(r.code()).as(property).isNotBlank();
      assertThat(r.json().at("/error/innerError/request-id").asString()).isNotBlank();
    }
    assertThat(http.get("/v1.0/me/events").json().path("value")).isEmpty();
  }

  @Test
  void taskStatusImportanceBodyTypeAndRecurrenceAreReadInAnyCase() {
    Http.Answer r =
        http.post(
            tasks(),
            "{\"title\":\"Call\",\"status\":\"InProgress\",\"importance\":\"HIGH\","
                + "\"body\":{\"contentType\":\"Html\",\"content\":\"<p>x</p>\"},"
                + "\"recurrence\":{\"pattern\":{\"type\":\"Weekly\",\"interval\":1,\"daysOfWeek\":[\"Friday\"],"
                + "\"firstDayOfWeek\":\"SUNDAY\",\"index\":\"First\"},\"range\":{\"type\":\"NoEnd\",\"startDate\":\"2026-01-02\"}}}");
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    JsonNode task = r.json();
    assertThat(task.path("status").asString()).isEqualTo("inProgress");
    assertThat(task.path("importance").asString()).isEqualTo("high");
    assertThat(task.at("/body/contentType").asString()).isEqualTo("html");
    assertThat(task.at("/recurrence/pattern/type").asString()).isEqualTo("weekly");
    assertThat(task.at("/recurrence/pattern/daysOfWeek/0").asString()).isEqualTo("friday");
    assertThat(task.at("/recurrence/pattern/firstDayOfWeek").asString()).isEqualTo("sunday");
    assertThat(task.at("/recurrence/pattern/index").asString()).isEqualTo("first");
    assertThat(task.at("/recurrence/range/type").asString()).isEqualTo("noEnd");
    String id = task.path("id").asString();
    Http.Answer done = http.patch(tasks() + "/" + id, "{\"status\":\"COMPLETED\"}");
    assertThat(done.json().path("status").asString()).isEqualTo("completed");
    assertThat(done.json().path("completedDateTime").isObject()).isTrue();
  }

  @Test
  void taskValuesNamingNoMemberGet400() {
    String tasks = tasks();
    for (String property :
        new String[] {
          "\"status\":\"finished\"",
          "\"importance\":\"urgent\"",
          "\"body\":{\"contentType\":\"markdown\",\"content\":\"x\"}",
          "\"recurrence\":{\"pattern\":{\"type\":\"weekly\",\"daysOfWeek\":[\"Funday\"]},\"range\":{\"type\":\"noEnd\"}}"
        }) {
      Http.Answer r = http.post(tasks, "{\"title\":\"x\"," + property + "}");
      assertThat(r.status()).as(property).isEqualTo(400);
      assertThat(r.code()).as(property).isEqualTo("invalidRequest");
    }
    assertThat(http.get(tasks).json().path("value")).isEmpty();
  }

  @Test
  void sentMailKeepsItsImportanceAndBodyTypeInTheSchemasSpelling() {
    Http.Answer sent =
        http.post(
            "/v1.0/me/sendMail",
            "{\"message\":{\"subject\":\"Hi\",\"importance\":\"High\",\"body\":{\"contentType\":\"HTML\",\"content\":\"<p>x</p>\"},"
                + "\"toRecipients\":[{\"emailAddress\":{\"address\":\"adele@contoso.test\"}}]}}");
    assertThat(sent.status()).as(sent.text()).isEqualTo(202);
    JsonNode inbox = http.get("/v1.0/me/mailFolders/inbox/messages").json().at("/value/0");
    assertThat(inbox.path("importance").asString()).isEqualTo("high");
    assertThat(inbox.at("/body/contentType").asString()).isEqualTo("html");
    Http.Answer wrong =
        http.post(
            "/v1.0/me/sendMail",
            "{\"message\":{\"subject\":\"Hi\",\"importance\":\"urgent\","
                + "\"toRecipients\":[{\"emailAddress\":{\"address\":\"adele@contoso.test\"}}]}}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(http.get("/v1.0/me/mailFolders/inbox/messages").json().path("value")).hasSize(1);
  }
}
