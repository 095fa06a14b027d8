package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.graph.GraphEnum;
import com.tandem.emulator.graph.SchemaNames;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Every property and enum value the emulator emits exists in Microsoft's v1.0 schema. */
@ExtendWith(GraphEmulatorExtension.class)
class SchemaFidelityIT {
  static Csdl csdl;

  GraphEmulator emulator;

  @BeforeAll
  static void loadSchema() throws Exception {
    csdl = Csdl.load(Csdl.locate());
  }

  Http adele() {
    emulator.control().reset();
    return Http.signedIn(
        emulator,
        "adele@contoso.test",
        "Calendars.ReadWrite",
        "Tasks.ReadWrite",
        "Mail.ReadWrite",
        "Mail.Send");
  }

  static void conforms(String type, JsonNode json) {
    assertThat(csdl.check(type, json)).as(type + " " + json).isEmpty();
  }

  @Test
  void theCheckerCatchesUnknownPropertiesAndEnumValues() {
    JsonNode bad =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree("{\"subjekt\":\"x\",\"showAs\":\"sleeping\",\"start\":{\"dateTime\":1}}");
    assertThat(csdl.check("event", bad)).hasSize(3);
    assertThat(csdl.enumMembers("taskStatus")).contains("notStarted", "waitingOnOthers");
  }

  @Test
  void theEnumerationsTheEmulatorReadsAreTheSchemasMembers() {
    for (GraphEnum e : GraphEnum.ALL) {
      assertThat(csdl.enumMembers(e.name())).as(e.name()).containsExactlyElementsOf(e.members());
    }
  }

  @Test
  void theNamesReadInAnyCaseAreNamesTheSchemaDeclares() throws Exception {
    String schema = java.nio.file.Files.readString(Csdl.locate());
    List<String> names = new ArrayList<>(SchemaNames.PROPERTIES);
    names.addAll(SchemaNames.SEGMENTS);
    names.remove("$batch");
    // The schema declares sendMail's parameters capitalised (SaveToSentItems) while the
    // documented requests send saveToSentItems: parameters are matched in any case.
    List<String> undeclared =
        names.stream()
            .filter(n -> !schema.contains("Name=\"" + n + "\""))
            .filter(
                n ->
                    !java.util.regex.Pattern.compile(
                            "<Parameter Name=\"(?i:" + java.util.regex.Pattern.quote(n) + ")\"")
                        .matcher(schema)
                        .find())
            .toList();
    assertThat(undeclared).isEmpty();
  }

  @Test
  void eventsSeriesOccurrencesAndDeltaItemsFollowTheSchema() {
    Http http = adele();
    String single =
        "{\"subject\":\"Full\",\"body\":{\"contentType\":\"HTML\",\"content\":\"<b>hi</b>\"},"
            + "\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"Pacific Standard Time\"},"
            + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"Pacific Standard Time\"},"
            + "\"location\":{\"displayName\":\"Room 1\"},\"showAs\":\"tentative\",\"sensitivity\":\"private\","
            + "\"importance\":\"high\",\"categories\":[\"Red\"],\"transactionId\":\"t1\","
            + "\"attendees\":[{\"type\":\"optional\",\"emailAddress\":{\"address\":\"alex@contoso.test\",\"name\":\"Alex\"}}],"
            + "\"singleValueExtendedProperties\":[{\"id\":\"String {66f5a359-4659-4830-9070-00047ec6ac6e} Name X\",\"value\":\"1\"}]}";
    String id = http.post("/v1.0/me/events", single).json().path("id").asString();
    conforms(
        "event",
        http.get("/v1.0/me/events/" + id + "?$expand=singleValueExtendedProperties").json());
    for (String type :
        List.of(
            "daily",
            "weekly",
            "absoluteMonthly",
            "relativeMonthly",
            "absoluteYearly",
            "relativeYearly")) {
      String series =
          "{\"subject\":\"S\",\"start\":{\"dateTime\":\"2026-01-05T09:00:00\",\"timeZone\":\"UTC\"},"
              + "\"end\":{\"dateTime\":\"2026-01-05T10:00:00\",\"timeZone\":\"UTC\"},\"recurrence\":{\"pattern\":{\"type\":\""
              + type
              + "\",\"interval\":1,\"daysOfWeek\":[\"monday\"],\"dayOfMonth\":5,\"month\":1,\"index\":\"first\"},"
              + "\"range\":{\"type\":\"numbered\",\"startDate\":\"2026-01-05\",\"numberOfOccurrences\":2}}}";
      Http.Answer r = http.post("/v1.0/me/events", series);
      assertThat(r.status()).as(r.text()).isEqualTo(201);
      conforms("event", r.json());
    }
    String window = "startDateTime=2026-01-01T00:00:00Z&endDateTime=2028-01-01T00:00:00Z";
    JsonNode view = http.get("/v1.0/me/calendarView?" + window + "&$top=100").json().path("value");
    assertThat(view.size()).isGreaterThan(6);
    view.forEach(e -> conforms("event", e));
    JsonNode delta = http.get("/v1.0/me/calendarView/delta?" + window).json();
    http.delete("/v1.0/me/events/" + id);
    JsonNode changes = http.get(delta.path("@odata.deltaLink").asString()).json().path("value");
    assertThat(changes.size()).isEqualTo(1);
    List<JsonNode> all = new ArrayList<>();
    delta.path("value").forEach(all::add);
    changes.forEach(all::add);
    all.forEach(e -> conforms("event", e));
  }

  @Test
  void toDoListsTasksAndLinkedResourcesFollowTheSchema() {
    Http http = adele();
    JsonNode list = http.post("/v1.0/me/todo/lists", "{\"displayName\":\"CRM\"}").json();
    conforms("todoTaskList", list);
    http.get("/v1.0/me/todo/lists").json().path("value").forEach(l -> conforms("todoTaskList", l));
    String tasks = "/v1.0/me/todo/lists/" + list.path("id").asString() + "/tasks";
    JsonNode task =
        http.post(
                tasks,
                "{\"title\":\"T\",\"status\":\"waitingOnOthers\",\"importance\":\"low\","
                    + "\"isReminderOn\":true,\"categories\":[\"A\"],\"body\":{\"content\":\"x\",\"contentType\":\"text\"},"
                    + "\"dueDateTime\":{\"dateTime\":\"2026-02-01T00:00:00\",\"timeZone\":\"UTC\"},"
                    + "\"startDateTime\":{\"dateTime\":\"2026-01-01T00:00:00\",\"timeZone\":\"UTC\"},"
                    + "\"reminderDateTime\":{\"dateTime\":\"2026-01-31T09:00:00\",\"timeZone\":\"UTC\"},"
                    + "\"linkedResources\":[{\"webUrl\":\"http://crm/1\",\"applicationName\":\"Tandem\",\"displayName\":\"D\",\"externalId\":\"1\"}]}")
            .json();
    conforms("todoTask", task);
    String id = task.path("id").asString();
    conforms("todoTask", http.patch(tasks + "/" + id, "{\"status\":\"completed\"}").json());
    http.get(tasks + "/" + id + "/linkedResources")
        .json()
        .path("value")
        .forEach(l -> conforms("linkedResource", l));
    JsonNode delta = http.get(tasks + "/delta").json();
    delta.path("value").forEach(t -> conforms("todoTask", t));
    http.get("/v1.0/me/todo/lists/delta")
        .json()
        .path("value")
        .forEach(l -> conforms("todoTaskList", l));
  }

  @Test
  void messagesFoldersAndSubscriptionsFollowTheSchema() throws Exception {
    Http http = adele();
    http.post(
        "/v1.0/me/sendMail",
        "{\"message\":{\"subject\":\"Hi\",\"body\":{\"contentType\":\"HTML\",\"content\":\"<p>x</p>\"},"
            + "\"toRecipients\":[{\"emailAddress\":{\"address\":\"adele@contoso.test\"}}],"
            + "\"ccRecipients\":[{\"emailAddress\":{\"address\":\"x@y.test\",\"name\":\"X\"}}]}}");
    http.get("/v1.0/me/mailFolders").json().path("value").forEach(f -> conforms("mailFolder", f));
    JsonNode inbox = http.get("/v1.0/me/mailFolders/inbox/messages/delta").json().path("value");
    assertThat(inbox.size()).isEqualTo(1);
    inbox.forEach(m -> conforms("message", m));
    var receiver =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        ex -> {
          String q = ex.getRequestURI().getRawQuery();
          byte[] out =
              q == null
                  ? new byte[0]
                  : java.net.URLDecoder.decode(
                          q.substring(16), java.nio.charset.StandardCharsets.UTF_8)
                      .getBytes();
          ex.sendResponseHeaders(200, out.length == 0 ? -1 : out.length);
          ex.getResponseBody().write(out);
          ex.close();
        });
    receiver.start();
    try {
      JsonNode sub =
          http.post(
                  "/v1.0/subscriptions",
                  "{\"changeType\":\"created\",\"notificationUrl\":\"http://127.0.0.1:"
                      + receiver.getAddress().getPort()
                      + "/n\",\"resource\":\"me/mailFolders('inbox')/messages\","
                      + "\"expirationDateTime\":\""
                      + Instant.now().plus(1, ChronoUnit.DAYS)
                      + "\",\"clientState\":\"s\"}")
              .json();
      conforms("subscription", sub);
    } finally {
      receiver.stop(0);
    }
  }
}
