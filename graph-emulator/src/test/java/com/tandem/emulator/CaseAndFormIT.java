package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * What Graph reads in any letter case or form (resource names, query option names, {@code Prefer}
 * parameters, property names, string forms of booleans and numbers) the emulator reads too; what
 * Graph refuses stays refused.
 */
@ExtendWith(GraphEmulatorExtension.class)
class CaseAndFormIT {
  static final String WINDOW = CalendarIT.WINDOW;

  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http =
        Http.signedIn(
            emulator, "adele@contoso.test", "User.Read", "Calendars.ReadWrite", "Tasks.ReadWrite");
  }

  String create(String subject, String day) {
    Http.Answer r =
        http.post(
            "/v1.0/me/events", CalendarIT.event(subject, day + "T10:00:00", day + "T11:00:00"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  @Test
  void preferParametersAreReadInAnyCaseAndWithQuotedValues() {
    for (int i = 1; i <= 5; i++) {
      create("E" + i, "2026-01-0" + i);
    }
    for (String prefer :
        new String[] {
          "odata.maxpagesize=2", "Odata.MaxPageSize=\"2\"", "ODATA.MAXPAGESIZE = 2",
        }) {
      Http.Answer r = http.get("/v1.0/me/calendarView/delta?" + WINDOW, "Prefer", prefer);
      assertThat(r.json().path("value")).as(prefer).hasSize(2);
      assertThat(r.json().path("@odata.nextLink").asString()).as(prefer).isNotBlank();
      assertThat(r.header("Preference-Applied")).as(prefer).isEqualTo("odata.maxpagesize=2");
    }
    Http.Answer huge =
        http.get(
            "/v1.0/me/calendarView/delta?" + WINDOW, "Prefer", "odata.maxpagesize=99999999999");
    assertThat(huge.status()).isEqualTo(200);
    assertThat(huge.json().path("value")).hasSize(5);
    String id = create("Zoned", "2026-01-10");
    JsonNode quoted =
        http.get("/v1.0/me/events/" + id, "Prefer", "Outlook.TimeZone=\"Pacific Standard Time\"")
            .json();
    assertThat(quoted.at("/start/timeZone").asString()).isEqualTo("Pacific Standard Time");
    assertThat(quoted.at("/start/dateTime").asString()).startsWith("2026-01-10T02:00");
    JsonNode token =
        http.get("/v1.0/me/events/" + id, "Prefer", "outlook.timezone=Europe/Berlin").json();
    assertThat(token.at("/start/dateTime").asString()).startsWith("2026-01-10T11:00");
  }

  @Test
  void queryOptionNamesAreReadInAnyCase() {
    for (int i = 1; i <= 3; i++) {
      create("E" + i, "2026-01-0" + i);
    }
    Http.Answer page = http.get("/v1.0/me/events?$SELECT=subject&$Top=2");
    assertThat(page.json().path("value")).hasSize(2);
    assertThat(page.json().at("/value/0").has("start")).isFalse();
    String next = page.json().path("@odata.nextLink").asString();
    assertThat(next.toLowerCase(Locale.ROOT).split("\\$top=", -1)).hasSize(2);
    assertThat(http.get(next).json().path("value")).hasSize(1);
    String window = WINDOW.replace("startDateTime", "StartDateTime").replace("end", "END");
    assertThat(http.get("/v1.0/me/calendarView?" + window).json().path("value")).hasSize(3);
    assertThat(http.get("/v1.0/me/calendarView/delta?" + window + "&$Select=subject").status())
        .isEqualTo(400);
  }

  @Test
  void selectAndExpandNamesAreReadInAnyCase() {
    String id = create("Lunch", "2026-01-10");
    JsonNode e = http.get("/v1.0/me/events/" + id + "?$select=Subject,START").json();
    assertThat(e.path("subject").asString()).isEqualTo("Lunch");
    assertThat(e.has("start")).isTrue();
    assertThat(e.has("end")).isFalse();
    String tasks =
        "/v1.0/me/todo/lists/"
            + http.get("/v1.0/me/todo/lists").json().at("/value/0/id").asString()
            + "/tasks";
    String task =
        http.post(tasks, "{\"title\":\"T\",\"linkedResources\":[{\"displayName\":\"CRM\"}]}")
            .json()
            .path("id")
            .asString();
    assertThat(
            http.get(tasks + "/" + task + "?$expand=LinkedResources")
                .json()
                .at("/linkedResources/0/displayName")
                .asString())
        .isEqualTo("CRM");
  }

  @Test
  void resourceNamesInPathsAreReadInAnyCaseButIdsAreNot() {
    String id = create("Lunch", "2026-01-10");
    assertThat(http.get("/v1.0/Me/Events/" + id).json().path("subject").asString())
        .isEqualTo("Lunch");
    assertThat(
            http.get("/v1.0/ME/CALENDARVIEW/Microsoft.Graph.Delta()?" + WINDOW)
                .json()
                .path("value"))
        .hasSize(1);
    assertThat(http.get("/v1.0/me/Todo/Lists").json().path("value")).hasSize(1);
    String userId = http.get("/v1.0/me").json().path("id").asString();
    Http.Answer upper = http.get("/v1.0/Users/" + userId.toUpperCase(Locale.ROOT) + "/events");
    assertThat(upper.status()).as(upper.text()).isEqualTo(200);
    assertThat(http.get("/v1.0/me/events/" + id.toLowerCase(Locale.ROOT)).status()).isEqualTo(404);
  }

  @Test
  void propertyNamesInBodiesAreReadInAnyCase() {
    Http.Answer r =
        http.post(
            "/v1.0/me/events",
            "{\"Subject\":\"Caps\",\"Start\":{\"DateTime\":\"2026-01-10T10:00:00\",\"TimeZone\":\"UTC\"},"
                + "\"END\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"},"
                + "\"Body\":{\"ContentType\":\"HTML\",\"Content\":\"<b>x</b>\"},"
                + "\"Attendees\":[{\"Type\":\"Optional\",\"EmailAddress\":{\"Address\":\"a@b.test\"}}]}");
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    JsonNode e = r.json();
    assertThat(e.path("subject").asString()).isEqualTo("Caps");
    assertThat(e.at("/end/dateTime").asString()).startsWith("2026-01-10T11:00");
    assertThat(e.at("/body/contentType").asString()).isEqualTo("html");
    assertThat(e.at("/attendees/0/type").asString()).isEqualTo("optional");
    assertThat(e.at("/attendees/0/emailAddress/address").asString()).isEqualTo("a@b.test");
    assertThat(e.has("Subject")).isFalse();
    Http.Answer twice =
        http.patch(
            "/v1.0/me/events/" + e.path("id").asString(), "{\"subject\":\"a\",\"SUBJECT\":\"b\"}");
    assertThat(twice.status()).isEqualTo(400);
    Http.Answer unknown =
        http.patch("/v1.0/me/events/" + e.path("id").asString(), "{\"Subjekt\":\"x\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().at("/error/message").asString()).contains("Subjekt");
  }

  @Test
  void nullForAnEventsEnumBooleanOrNumberLeavesItAsItIs() {
    Http.Answer created =
        http.post(
            "/v1.0/me/events",
            "{\"subject\":\"x\",\"transactionId\":null,\"showAs\":null,"
                + "\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"UTC\"},"
                + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"}}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().has("transactionId")).isFalse();
    assertThat(created.json().path("showAs").asString()).isEqualTo("busy");
    String id = created.json().path("id").asString();
    http.patch("/v1.0/me/events/" + id, "{\"importance\":\"high\"}");
    Http.Answer r =
        http.patch(
            "/v1.0/me/events/" + id,
            "{\"importance\":null,\"sensitivity\":null,\"isReminderOn\":null,"
                + "\"reminderMinutesBeforeStart\":null}");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().path("importance").asString()).isEqualTo("high");
    assertThat(r.json().path("sensitivity").asString()).isEqualTo("normal");
    assertThat(r.json().path("isReminderOn").isBoolean()).isTrue();
    assertThat(r.json().path("reminderMinutesBeforeStart").asInt()).isEqualTo(15);
  }

  @Test
  void nullForATasksStatusOrReminderIsRefusedAsTheSchemaForbidsIt() {
    String tasks =
        "/v1.0/me/todo/lists/"
            + http.get("/v1.0/me/todo/lists").json().at("/value/0/id").asString()
            + "/tasks";
    assertThat(http.post(tasks, "{\"title\":\"x\",\"status\":null}").status()).isEqualTo(400);
    assertThat(http.post(tasks, "{\"title\":\"x\",\"isReminderOn\":null}").status()).isEqualTo(400);
    Http.Answer text = http.post(tasks, "{\"title\":\"x\",\"isReminderOn\":\"true\"}");
    assertThat(text.json().path("isReminderOn").asBoolean()).isTrue();
  }

  @Test
  void booleansAndNumbersSentAsStringsAreConvertedAndJunkIsRefused() {
    String id = create("x", "2026-01-10");
    Http.Answer r =
        http.patch(
            "/v1.0/me/events/" + id,
            "{\"isReminderOn\":\"False\",\"reminderMinutesBeforeStart\":\"30\",\"hideAttendees\":true}");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().path("isReminderOn").isBoolean()).isTrue();
    assertThat(r.json().path("isReminderOn").asBoolean()).isFalse();
    assertThat(r.json().path("reminderMinutesBeforeStart").isInt()).isTrue();
    assertThat(r.json().path("reminderMinutesBeforeStart").asInt()).isEqualTo(30);
    assertThat(r.json().path("hideAttendees").asBoolean()).isTrue();
    assertThat(http.patch("/v1.0/me/events/" + id, "{\"isAllDay\":\"yes\"}").status())
        .isEqualTo(400);
    assertThat(
            http.patch("/v1.0/me/events/" + id, "{\"reminderMinutesBeforeStart\":\"soon\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void trailingSlashesAndPercentEncodedDollarsAreTheSameRequest() {
    create("A", "2026-01-10");
    create("B", "2026-01-11");
    assertThat(http.get("/v1.0/me/events/").json().path("value")).hasSize(2);
    assertThat(http.get("/v1.0/me/events/?%24top=1").json().path("value")).hasSize(1);
    assertThat(http.get("/v1.0/users/adele%40contoso.test/events/").status()).isEqualTo(200);
  }
}
