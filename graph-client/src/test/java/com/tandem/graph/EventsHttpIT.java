package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.RemovedReason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventsHttpIT {

  private static final Mailbox ME = Mailbox.me("conn-1");
  private static final String EVENT =
      """
      {"@odata.etag":"W/\\"ck1\\"","id":"AAMk=1","changeKey":"ck1","subject":"Demo",
       "transactionId":"tx-1",
       "start":{"dateTime":"2026-03-02T09:00:00.0000000","timeZone":"UTC"},
       "end":{"dateTime":"2026-03-02T10:00:00.0000000","timeZone":"UTC"},
       "singleValueExtendedProperties":[{"id":"%s","value":"crm-42"}],
       "someFutureProperty":{"x":1}}
      """
          .formatted(Events.CRM_ID_PROPERTY);

  private static FakeGraph graph;
  private static GraphClient client;
  private static final List<Mailbox> tokenRequests = new ArrayList<>();

  @BeforeAll
  static void start() {
    graph = new FakeGraph();
    GraphEndpoints endpoints = GraphEndpoints.of(graph.baseUrl(), "tenant-1", graph.baseUrl());
    client =
        GraphClient.builder(
                endpoints,
                mailbox -> {
                  tokenRequests.add(mailbox);
                  return "token-of-" + mailbox.connection();
                })
            .maxPageSize(25)
            .build();
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @BeforeEach
  void reset() {
    graph.reset();
    tokenRequests.clear();
  }

  private static Event draft() {
    return Event.builder()
        .subject("Demo")
        .time(
            DateTimeTimeZone.utc(LocalDateTime.of(2026, 3, 2, 9, 0)),
            DateTimeTimeZone.utc(LocalDateTime.of(2026, 3, 2, 10, 0)))
        .build();
  }

  private static JsonNode body(FakeGraph.Recorded request) {
    return GraphJson.MAPPER.readTree(request.body());
  }

  private static String decodedQuery(FakeGraph.Recorded request) {
    return URLDecoder.decode(request.pathAndQuery(), StandardCharsets.UTF_8);
  }

  @Test
  void createSendsTheTransactionIdTheCrmStampAndTandemsHeaders() {
    graph.on("POST", "/v1.0/me/events", 201, EVENT);

    Event created = client.events().create(ME, draft(), "tx-1", "crm-42");

    FakeGraph.Recorded request = graph.lastRequest();
    assertThat(request.header("Authorization")).isEqualTo("Bearer token-of-conn-1");
    assertThat(request.headerValues("Prefer")).contains("IdType=\"ImmutableId\"");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    JsonNode sent = body(request);
    assertThat(sent.get("transactionId").asString()).isEqualTo("tx-1");
    assertThat(sent.get("subject").asString()).isEqualTo("Demo");
    assertThat(sent.get("start").get("dateTime").asString()).isEqualTo("2026-03-02T09:00:00");
    assertThat(sent.get("singleValueExtendedProperties").get(0).get("id").asString())
        .isEqualTo(Events.CRM_ID_PROPERTY);
    assertThat(sent.get("singleValueExtendedProperties").get(0).get("value").asString())
        .isEqualTo("crm-42");
    assertThat(sent.has("id")).isFalse();
    assertThat(created.id()).isEqualTo("AAMk=1");
    assertThat(created.crmId()).contains("crm-42");
    assertThat(tokenRequests).containsExactly(ME);
  }

  @Test
  void createOfAnEventReadBeforeLeavesOutItsReadOnlyProperties() {
    graph.on("POST", "/v1.0/me/events", 201, EVENT);
    Event read = GraphJson.MAPPER.readValue(EVENT, Event.class);

    client.events().create(ME, read, "tx-2", "crm-43");

    JsonNode sent = body(graph.lastRequest());
    assertThat(sent.has("@odata.etag")).isFalse();
    assertThat(sent.has("changeKey")).isFalse();
    assertThat(sent.has("id")).isFalse();
    assertThat(sent.get("transactionId").asString()).isEqualTo("tx-2");
    assertThat(sent.get("singleValueExtendedProperties")).hasSize(1);
    assertThat(sent.get("singleValueExtendedProperties").get(0).get("value").asString())
        .isEqualTo("crm-43");
  }

  @Test
  void applicationModeCallsTheNamedUsersMailbox() {
    Mailbox adele = Mailbox.user("app", "adele@contoso.test");
    graph.on("POST", "/v1.0/users/adele@contoso.test/events", 201, EVENT);

    client.events().create(adele, draft(), "tx-1", "crm-42");

    assertThat(graph.lastRequest().pathAndQuery())
        .isEqualTo("/v1.0/users/adele@contoso.test/events");
    assertThat(graph.lastRequest().header("Authorization")).isEqualTo("Bearer token-of-app");
  }

  @Test
  void getExpandsTheCrmIdPropertyAndEncodesTheId() {
    graph.on("GET", "/v1.0/me/events/AAMk%2Fx%2B1=", 200, EVENT);

    Event event = client.events().get(ME, "AAMk/x+1=");

    FakeGraph.Recorded request = graph.lastRequest();
    assertThat(request.pathAndQuery()).startsWith("/v1.0/me/events/AAMk%2Fx%2B1=?");
    assertThat(decodedQuery(request))
        .endsWith(
            "$expand=singleValueExtendedProperties($filter=id eq '"
                + Events.CRM_ID_PROPERTY
                + "')");
    assertThat(request.headerValues("Prefer")).contains("odata.maxpagesize=25");
    assertThat(event.crmId()).contains("crm-42");
    assertThat(event.etag()).isEqualTo("W/\"ck1\"");
  }

  @Test
  void findByCrmIdFiltersOnTheStampAndEscapesQuotes() {
    graph.on("GET", "/v1.0/me/events", 200, "{\"value\":[" + EVENT + "]}");

    List<Event> found = client.events().findByCrmId(ME, "o'brien");

    assertThat(decodedQuery(graph.lastRequest()))
        .contains(
            "$filter=singleValueExtendedProperties/Any(ep: ep/id eq '"
                + Events.CRM_ID_PROPERTY
                + "' and ep/value eq 'o''brien')");
    assertThat(found).extracting(Event::id).containsExactly("AAMk=1");
  }

  @Test
  void updateSendsIfMatchAndOnlyTheChangedProperties() {
    graph.on("PATCH", "/v1.0/me/events/AAMk=1", 200, EVENT);

    Event updated =
        client.events().update(ME, "AAMk=1", Event.builder().subject("Moved").build(), "W/\"ck1\"");

    FakeGraph.Recorded request = graph.lastRequest();
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.header("If-Match")).isEqualTo("W/\"ck1\"");
    assertThat(body(request).propertyNames()).containsExactly("subject");
    assertThat(updated.changeKey()).isEqualTo("ck1");
  }

  @Test
  void updateWithAStaleEtagIsPreconditionFailed() {
    graph.on(
        "PATCH",
        "/v1.0/me/events/AAMk=1",
        412,
        Map.of("request-id", "req-412"),
        "{\"error\":{\"code\":\"ErrorIrresolvableConflict\",\"message\":\"changed\"}}");

    assertThatThrownBy(
            () ->
                client
                    .events()
                    .update(ME, "AAMk=1", Event.builder().subject("x").build(), "W/\"old\""))
        .isInstanceOfSatisfying(
            PreconditionFailedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(412);
              assertThat(e.code()).contains("ErrorIrresolvableConflict");
              assertThat(e.requestId()).contains("req-412");
            });
  }

  @Test
  void removingTheRecurrenceSendsAnExplicitNull() {
    graph.on("PATCH", "/v1.0/me/events/AAMk=1", 200, EVENT);

    client.events().removeRecurrence(ME, "AAMk=1", "W/\"ck1\"");

    assertThat(graph.lastRequest().body()).isEqualTo("{\"recurrence\":null}");
    assertThat(graph.lastRequest().header("If-Match")).isEqualTo("W/\"ck1\"");
  }

  @Test
  void deleteSendsIfMatch() {
    graph.on("DELETE", "/v1.0/me/events/AAMk=1", 204, null);

    client.events().delete(ME, "AAMk=1", "W/\"ck1\"");

    assertThat(graph.lastRequest().method()).isEqualTo("DELETE");
    assertThat(graph.lastRequest().header("If-Match")).isEqualTo("W/\"ck1\"");
  }

  @Test
  void deltaStreamsThePagesAtMostOnePageAheadAndReturnsTheDeltaLink() {
    String base = graph.baseUrl() + "/v1.0/me/calendarView/delta";
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z",
        200,
        "{\"@odata.nextLink\":\"" + base + "?$skiptoken=p2\",\"value\":[" + EVENT + "]}");
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta?$skiptoken=p2",
        200,
        "{\"@odata.deltaLink\":\""
            + base
            + "?$deltatoken=d1\",\"value\":[{\"@odata.type\":\"#microsoft.graph.event\",\"id\":\"gone\",\"@removed\":{\"reason\":\"deleted\"}},"
            + "{\"id\":\"moved\",\"@removed\":{\"reason\":\"changed\"}}]}");
    List<DeltaPage<Event>> pages = new ArrayList<>();
    List<Integer> requestsSeenByCallback = new ArrayList<>();

    String deltaLink =
        client
            .events()
            .delta(
                ME,
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z"),
                page -> {
                  pages.add(page);
                  requestsSeenByCallback.add(graph.requests().size());
                });

    assertThat(deltaLink).isEqualTo(base + "?$deltatoken=d1");
    // The next page may be fetched while the callback works on this one, never a page further.
    assertThat(requestsSeenByCallback.get(0)).isBetween(1, 2);
    assertThat(requestsSeenByCallback.get(1)).isEqualTo(2);
    assertThat(pages.get(0).items()).extracting(DeltaItem::id).containsExactly("AAMk=1");
    assertThat(pages.get(0).last()).isFalse();
    assertThat(pages.get(0).resumeLink()).isEqualTo(base + "?$skiptoken=p2");
    assertThat(pages.get(1).items())
        .containsExactly(
            DeltaItem.removed("gone", RemovedReason.DELETED),
            DeltaItem.removed("moved", RemovedReason.CHANGED));
    assertThat(pages.get(1).finalDeltaLink()).contains(base + "?$deltatoken=d1");
    assertThat(graph.requests())
        .allSatisfy(r -> assertThat(r.headerValues("Prefer")).contains("odata.maxpagesize=25"));
  }

  @Test
  void deltaPagesArePulledWithTheNextOneFetchedBeforeTheCallerAsksForIt() {
    String base = graph.baseUrl() + "/v1.0/me/calendarView/delta";
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z",
        200,
        "{\"@odata.nextLink\":\"" + base + "?$skiptoken=p2\",\"value\":[" + EVENT + "]}");
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta?$skiptoken=p2",
        200,
        "{\"@odata.deltaLink\":\"" + base + "?$deltatoken=d1\",\"value\":[]}");

    try (DeltaPages<Event> pages =
        client
            .events()
            .deltaPages(
                ME, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"))) {
      assertThat(graph.requests()).as("nothing is read before the first pull").isEmpty();
      DeltaPage<Event> first = pages.next().orElseThrow();
      assertThat(first.items()).extracting(DeltaItem::id).containsExactly("AAMk=1");
      long giveUp = System.nanoTime() + 10_000_000_000L;
      while (graph.requests().size() < 2 && System.nanoTime() < giveUp) {
        Thread.onSpinWait();
      }
      assertThat(graph.requests()).as("the next page is on its way meanwhile").hasSize(2);

      assertThat(pages.next().orElseThrow().last()).isTrue();
      assertThat(pages.next()).isEmpty();
      assertThat(pages.deltaLink()).isEqualTo(base + "?$deltatoken=d1");
      assertThat(graph.requests()).as("never a page further").hasSize(2);
    }
  }

  @Test
  void resumeReplaysTheStoredDeltaLinkVerbatim() {
    String link = graph.baseUrl() + "/v1.0/me/calendarView/delta?$deltatoken=d1";
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta?$deltatoken=d1",
        200,
        "{\"@odata.deltaLink\":\"" + link.replace("d1", "d2") + "\",\"value\":[]}");
    List<DeltaPage<Event>> pages = new ArrayList<>();

    String next = client.events().resume(ME, link, pages::add);

    assertThat(graph.lastRequest().pathAndQuery())
        .isEqualTo("/v1.0/me/calendarView/delta?$deltatoken=d1");
    assertThat(next).endsWith("$deltatoken=d2");
    assertThat(pages).singleElement().satisfies(page -> assertThat(page.items()).isEmpty());
  }

  @Test
  void expiredDeltaLinkIsSyncStateExpiredWithTheProposedRequest() {
    String link = graph.baseUrl() + "/v1.0/me/calendarView/delta?$deltatoken=old";
    String fresh = graph.baseUrl() + "/v1.0/me/calendarView/delta?startDateTime=x";
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta?$deltatoken=old",
        410,
        Map.of("Location", fresh),
        "{\"error\":{\"code\":\"resyncRequired\",\"message\":\"Resync required.\"}}");

    assertThatThrownBy(() -> client.events().resume(ME, link, page -> {}))
        .isInstanceOfSatisfying(
            SyncStateExpiredException.class,
            e -> {
              assertThat(e.status()).isEqualTo(410);
              assertThat(e.location()).hasValueSatisfying(l -> assertThat(l).hasToString(fresh));
            });
  }

  @Test
  void syncStateNotFoundWithA400IsAlsoExpired() {
    String link = graph.baseUrl() + "/v1.0/me/calendarView/delta?$deltatoken=old";
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta?$deltatoken=old",
        400,
        "{\"error\":{\"code\":\"syncStateNotFound\",\"message\":\"gone\"}}");

    assertThatThrownBy(() -> client.events().resume(ME, link, page -> {}))
        .isInstanceOf(SyncStateExpiredException.class);
  }

  @Test
  void aStoredLinkForAnotherGraphIsAnExpiredStateAndNoTokenIsSent() {
    assertThatThrownBy(
            () ->
                client
                    .events()
                    .resume(ME, "https://elsewhere.example/v1.0/me/calendarView/delta", p -> {}))
        .isInstanceOfSatisfying(
            SyncStateExpiredException.class,
            e -> assertThat(e.code()).contains("linkForAnotherGraph"));

    assertThat(graph.requests()).isEmpty();
    assertThat(tokenRequests).isEmpty();
  }

  @Test
  void aNextLinkToAnotherHostIsMalformedAndNotFollowed() {
    graph.on(
        "GET",
        "/v1.0/me/calendarView/delta",
        200,
        "{\"@odata.nextLink\":\"https://elsewhere.example/next\",\"value\":[]}");

    assertThatThrownBy(
            () ->
                client
                    .events()
                    .delta(
                        ME,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-02-01T00:00:00Z"),
                        page -> {}))
        .isInstanceOf(MalformedResponseException.class);
    assertThat(graph.requests()).hasSize(1);
  }

  @Test
  void aDeltaPageWithoutLinksIsMalformed() {
    graph.on("GET", "/v1.0/me/calendarView/delta", 200, "{\"value\":[]}");

    assertThatThrownBy(
            () ->
                client
                    .events()
                    .delta(
                        ME,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-02-01T00:00:00Z"),
                        page -> {}))
        .isInstanceOf(MalformedResponseException.class);
  }
}
