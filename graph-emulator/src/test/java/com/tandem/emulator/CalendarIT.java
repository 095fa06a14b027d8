package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(GraphEmulatorExtension.class)
class CalendarIT {
  static final String WINDOW =
      "startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-03-01T00:00:00Z";
  static final String PROP = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Tandem.CrmId";

  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http = Http.signedIn(emulator, "adele@contoso.test", "Calendars.ReadWrite");
  }

  static String event(String subject, String start, String end) {
    return "{\"subject\":\""
        + subject
        + "\",\"start\":{\"dateTime\":\""
        + start
        + "\",\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\""
        + end
        + "\",\"timeZone\":\"UTC\"}}";
  }

  String create(String subject, String day) {
    Http.Answer r =
        http.post("/v1.0/me/events", event(subject, day + "T10:00:00", day + "T11:00:00"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  @Test
  void eventsCanBeCreatedReadUpdatedAndDeleted() {
    String id = create("Lunch", "2026-01-10");
    Http.Answer got = http.get("/v1.0/me/events/" + id);
    assertThat(got.json().path("subject").asString()).isEqualTo("Lunch");
    assertThat(got.json().path("type").asString()).isEqualTo("singleInstance");
    String key = got.json().path("changeKey").asString();
    assertThat(got.json().path("@odata.etag").asString()).isEqualTo("W/\"" + key + "\"");
    Http.Answer patched = http.patch("/v1.0/me/events/" + id, "{\"subject\":\"Dinner\"}");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().path("subject").asString()).isEqualTo("Dinner");
    assertThat(patched.json().path("changeKey").asString()).isNotEqualTo(key);
    assertThat(http.delete("/v1.0/me/events/" + id).status()).isEqualTo(204);
    assertThat(http.get("/v1.0/me/events/" + id).code()).isEqualTo("ErrorItemNotFound");
  }

  @Test
  void startAndEndComeBackInThePreferredTimeZone() {
    String id =
        http.post(
                "/v1.0/me/events",
                "{\"subject\":\"x\",\"start\":{\"dateTime\":\"2026-01-10T09:00:00\","
                    + "\"timeZone\":\"Pacific Standard Time\"},\"end\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"America/Los_Angeles\"}}")
            .json()
            .path("id")
            .asString();
    JsonNode utc = http.get("/v1.0/me/events/" + id).json();
    assertThat(utc.at("/start/dateTime").asString()).isEqualTo("2026-01-10T17:00:00.0000000");
    assertThat(utc.at("/start/timeZone").asString()).isEqualTo("UTC");
    JsonNode pst =
        http.get("/v1.0/me/events/" + id, "Prefer", "outlook.timezone=\"Pacific Standard Time\"")
            .json();
    assertThat(pst.at("/start/dateTime").asString()).isEqualTo("2026-01-10T09:00:00.0000000");
    assertThat(pst.path("originalStartTimeZone").asString()).isEqualTo("Pacific Standard Time");
  }

  @Test
  void repeatedCreateWithTheSameTransactionIdReturnsTheExistingEvent() {
    String body =
        "{\"subject\":\"Once\",\"transactionId\":\"tx-1\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\","
            + "\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"}}";
    Http.Answer a = http.post("/v1.0/me/events", body);
    Http.Answer b = http.post("/v1.0/me/events", body);
    assertThat(b.status()).isEqualTo(201);
    assertThat(b.json().path("id").asString()).isEqualTo(a.json().path("id").asString());
    assertThat(http.get("/v1.0/me/events").json().path("value").size()).isEqualTo(1);
  }

  @Test
  void staleIfMatchGets412AndChangesNothing() {
    String id = create("A", "2026-01-10");
    String etag = http.get("/v1.0/me/events/" + id).json().path("@odata.etag").asString();
    assertThat(
            http.patch("/v1.0/me/events/" + id, "{\"subject\":\"B\"}", "If-Match", etag).status())
        .isEqualTo(200);
    Http.Answer stale =
        http.patch("/v1.0/me/events/" + id, "{\"subject\":\"C\"}", "If-Match", etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.code()).isEqualTo("ErrorIrresolvableConflict");
    assertThat(http.delete("/v1.0/me/events/" + id, "If-Match", etag).status()).isEqualTo(412);
    assertThat(http.get("/v1.0/me/events/" + id).json().path("subject").asString()).isEqualTo("B");
  }

  @Test
  void extendedPropertiesAreWrittenExpandedAndFiltered() {
    String body =
        "{\"subject\":\"Stamped\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"},"
            + "\"singleValueExtendedProperties\":[{\"id\":\""
            + PROP
            + "\",\"value\":\"CRM-42\"}]}";
    String id = http.post("/v1.0/me/events", body).json().path("id").asString();
    create("Other", "2026-01-11");
    assertThat(http.get("/v1.0/me/events/" + id).json().has("singleValueExtendedProperties"))
        .isFalse();
    String expand = "$expand=singleValueExtendedProperties($filter=id%20eq%20'" + enc(PROP) + "')";
    JsonNode got = http.get("/v1.0/me/events/" + id + "?" + expand).json();
    assertThat(got.at("/singleValueExtendedProperties/0/value").asString()).isEqualTo("CRM-42");
    String filter =
        "%24filter="
            + enc(
                "singleValueExtendedProperties/Any(ep: ep/id eq '"
                    + PROP
                    + "' and ep/value eq 'crm-42')");
    JsonNode found = http.get("/v1.0/me/events?" + filter).json().path("value");
    assertThat(found.size()).isEqualTo(1);
    assertThat(found.get(0).path("id").asString()).isEqualTo(id);
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  @Test
  void unknownPropertiesAndBadEnumsAreRefused() {
    Http.Answer r =
        http.post(
            "/v1.0/me/events",
            "{\"subjekt\":\"x\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\","
                + "\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"}}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(http.get("/v1.0/me/events").json().path("value").size()).isZero();
  }

  @Test
  void weeklySeriesExpandsIntoOccurrencesInCalendarView() {
    String body =
        "{\"subject\":\"Standup\",\"start\":{\"dateTime\":\"2026-01-05T09:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-01-05T09:15:00\",\"timeZone\":\"UTC\"},\"recurrence\":{\"pattern\":"
            + "{\"type\":\"weekly\",\"interval\":1,\"daysOfWeek\":[\"monday\",\"wednesday\"]},\"range\":{\"type\":\"numbered\","
            + "\"startDate\":\"2026-01-05\",\"numberOfOccurrences\":6}}}";
    Http.Answer master = http.post("/v1.0/me/events", body);
    assertThat(master.json().path("type").asString()).isEqualTo("seriesMaster");
    String id = master.json().path("id").asString();
    JsonNode view = http.get("/v1.0/me/calendarView?" + WINDOW + "&$top=50").json().path("value");
    assertThat(view.size()).isEqualTo(6);
    assertThat(view.get(0).path("type").asString()).isEqualTo("occurrence");
    assertThat(view.get(0).path("seriesMasterId").asString()).isEqualTo(id);
    assertThat(view.get(1).at("/start/dateTime").asString()).startsWith("2026-01-07T09:00");
    assertThat(view.get(5).at("/start/dateTime").asString()).startsWith("2026-01-21T09:00");
    JsonNode instances =
        http.get("/v1.0/me/events/" + id + "/instances?" + WINDOW).json().path("value");
    assertThat(instances.size()).isEqualTo(6);
    String occ = view.get(2).path("id").asString();
    assertThat(
            http.patch("/v1.0/me/events/" + occ, "{\"subject\":\"Moved\"}")
                .json()
                .path("type")
                .asString())
        .isEqualTo("exception");
    assertThat(http.delete("/v1.0/me/events/" + view.get(3).path("id").asString()).status())
        .isEqualTo(204);
    JsonNode after = http.get("/v1.0/me/calendarView?" + WINDOW).json().path("value");
    assertThat(after.size()).isEqualTo(5);
    assertThat(after.get(2).path("subject").asString()).isEqualTo("Moved");
  }

  @Test
  void monthlyAndYearlyPatternsLandOnTheRightDays() {
    http.post(
        "/v1.0/me/events",
        "{\"subject\":\"Review\",\"start\":{\"dateTime\":\"2026-01-01T09:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-01-01T10:00:00\",\"timeZone\":\"UTC\"},\"recurrence\":{\"pattern\":"
            + "{\"type\":\"relativeMonthly\",\"interval\":1,\"daysOfWeek\":[\"friday\"],\"index\":\"last\"},\"range\":{\"type\":\"endDate\","
            + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-02-28\"}}}");
    JsonNode view = http.get("/v1.0/me/calendarView?" + WINDOW).json().path("value");
    assertThat(view.size()).isEqualTo(2);
    assertThat(view.get(0).at("/start/dateTime").asString()).startsWith("2026-01-30");
    assertThat(view.get(1).at("/start/dateTime").asString()).startsWith("2026-02-27");
  }

  @Test
  void calendarViewNeedsAWindow() {
    assertThat(http.get("/v1.0/me/calendarView").code()).isEqualTo("ErrorInvalidParameter");
  }

  @Test
  void readOnlyTokenGets403OnWrites() {
    Http ro = Http.signedIn(emulator, "adele@contoso.test", "Calendars.Read");
    assertThat(ro.get("/v1.0/me/events").status()).isEqualTo(200);
    Http.Answer r =
        ro.post("/v1.0/me/events", event("x", "2026-01-10T10:00:00", "2026-01-10T11:00:00"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.code()).isEqualTo("ErrorAccessDenied");
  }

  /** Reads a whole delta round; returns [items, deltaLink]. */
  List<JsonNode> round(String first, int pageSize, String[] deltaLink) {
    List<JsonNode> items = new ArrayList<>();
    String next = first;
    int pages = 0;
    while (next != null) {
      Http.Answer r = http.get(next, "Prefer", "odata.maxpagesize=" + pageSize);
      assertThat(r.status()).as(r.text()).isEqualTo(200);
      r.json().path("value").forEach(items::add);
      pages++;
      next = r.json().path("@odata.nextLink").asString(null);
      deltaLink[0] = r.json().path("@odata.deltaLink").asString(null);
    }
    assertThat(pages).isGreaterThanOrEqualTo(1);
    return items;
  }

  @Test
  void calendarViewDeltaPagesThenReturnsExactlyTheChanges() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ids.add(create("E" + i, "2026-01-" + String.format("%02d", i + 1)));
    }
    create("Outside", "2027-06-01");
    String[] link = new String[1];
    List<JsonNode> initial =
        round(
            "/v1.0/me/calendarView/delta()?"
                + WINDOW.replace("startDateTime", "%24startDateTime".substring(3)),
            10,
            link);
    assertThat(initial).hasSize(25);
    Set<String> seen = new HashSet<>();
    initial.forEach(n -> seen.add(n.path("id").asString()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(link[0]).contains("$deltatoken=");

    List<JsonNode> nothing = round(link[0], 10, link);
    assertThat(nothing).isEmpty();

    http.patch("/v1.0/me/events/" + ids.get(0), "{\"subject\":\"Changed\"}");
    http.delete("/v1.0/me/events/" + ids.get(1));
    String added = create("New", "2026-02-02");
    List<JsonNode> changes = round(link[0], 10, link);
    assertThat(changes).hasSize(3);
    assertThat(changes.get(0).path("subject").asString()).isEqualTo("Changed");
    assertThat(changes.get(1).path("id").asString()).isEqualTo(ids.get(1));
    assertThat(changes.get(1).at("/@removed/reason").asString()).isEqualTo("deleted");
    assertThat(changes.get(2).path("id").asString()).isEqualTo(added);

    emulator.control().expireDeltaTokens();
    Http.Answer expired = http.get(link[0]);
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.code()).isEqualTo("syncStateNotFound");
  }

  @Test
  void calendarViewDeltaAlsoAnswersAtMicrosoftGraphDeltaAndRefusesQueryOptions() {
    create("A", "2026-01-10");
    assertThat(
            http.get("/v1.0/me/calendarView/microsoft.graph.delta()?" + WINDOW)
                .json()
                .path("value")
                .size())
        .isEqualTo(1);
    assertThat(http.get("/v1.0/me/calendarView/delta?" + WINDOW + "&%24select=subject").status())
        .isEqualTo(400);
    assertThat(http.get("/v1.0/me/calendarView/delta?" + WINDOW + "&$filter=x").status())
        .isEqualTo(400);
    assertThat(http.get("/v1.0/me/calendarView/delta").code()).isEqualTo("ErrorInvalidParameter");
  }

  @Test
  void deltaReturnsOccurrencesOfSeriesNotTheMaster() {
    http.post(
        "/v1.0/me/events",
        "{\"subject\":\"Daily\",\"start\":{\"dateTime\":\"2026-01-05T09:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-01-05T09:15:00\",\"timeZone\":\"UTC\"},\"recurrence\":{\"pattern\":"
            + "{\"type\":\"daily\",\"interval\":1},\"range\":{\"type\":\"numbered\",\"startDate\":\"2026-01-05\",\"numberOfOccurrences\":3}}}");
    List<JsonNode> items = round("/v1.0/me/calendarView/delta?" + WINDOW, 100, new String[1]);
    assertThat(items).hasSize(3).allMatch(n -> n.path("type").asString().equals("occurrence"));
  }
}
