package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.Fault;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.Location;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.sync.EmulatorSyncTest;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.store.HoldDecisions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calendar sync end to end: Tandem with its real sides against the Graph emulator over HTTP. Each
 * test gets a CRM user linked (application mode) to a Microsoft user of its own.
 */
class CalendarSyncIT extends EmulatorSyncTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired HoldDecisions holds;
  @Autowired CalendarEvents events;

  LocalDateTime day;

  @BeforeEach
  void aWorkingDayNextWeek() {
    day = LocalDateTime.now(BERLIN).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(9);
  }

  // Each direction and each conflict strategy.

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "BIDIRECTIONAL, CRM_WINS, true, true, CRM edit, Room 1",
    "BIDIRECTIONAL, MICROSOFT_WINS, true, true, Shared, Outlook room",
    "BIDIRECTIONAL, MOST_RECENT, true, true, Shared, Outlook room",
    "BIDIRECTIONAL, MERGE_FIELDS, true, true, CRM edit, Outlook room",
    "CRM_TO_MICROSOFT, CRM_WINS, false, true, CRM edit, Room 1",
    "CRM_TO_MICROSOFT, MICROSOFT_WINS, false, true, CRM edit, Room 1",
    "CRM_TO_MICROSOFT, MOST_RECENT, false, true, CRM edit, Room 1",
    "CRM_TO_MICROSOFT, MERGE_FIELDS, false, true, CRM edit, Room 1",
    "MICROSOFT_TO_CRM, CRM_WINS, true, false, Shared, Outlook room",
    "MICROSOFT_TO_CRM, MICROSOFT_WINS, true, false, Shared, Outlook room",
    "MICROSOFT_TO_CRM, MOST_RECENT, true, false, Shared, Outlook room",
    "MICROSOFT_TO_CRM, MERGE_FIELDS, true, false, Shared, Outlook room"
  })
  void directionAndConflictStrategyDecideWhatEachSideEndsWith(
      String direction,
      String strategy,
      boolean toCrm,
      boolean toMicrosoft,
      String title,
      String location) {
    userSettings(
        "{\"calendar.direction\": \"%s\", \"calendar.conflict_resolution\": \"%s\"}"
            .formatted(direction, strategy));
    CalendarEvent shared = crmCreates("Shared", 0);
    crmCreates("From the CRM", 1);
    outlookCreates("Shared", 0);
    outlookCreates("From Outlook", 2);

    assertThat(sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

    List<String> both = List.of("Shared");
    List<String> inCrm = new ArrayList<>(List.of("From the CRM", "Shared"));
    List<String> inOutlook = new ArrayList<>(List.of("From Outlook", "Shared"));
    if (toCrm) {
      inCrm.add("From Outlook");
    }
    if (toMicrosoft) {
      inOutlook.add("From the CRM");
    }
    assertThat(crmTitles()).containsExactlyInAnyOrderElementsOf(inCrm).containsAll(both);
    assertThat(outlookTitles()).containsExactlyInAnyOrderElementsOf(inOutlook);

    crmEdits(shared.id(), "CRM edit");
    outlookEditsLocation("Shared", "Outlook room");
    RunReport settled = sync();

    assertThat(settled.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(settled.counts().conflicts()).isEqualTo(1);
    CalendarEventFields crm = events.find(user, shared.id()).orElseThrow().fields();
    assertThat(crm.title()).isEqualTo(title);
    assertThat(crm.location()).isEqualTo(location);
    Event outlook = outlookEvent(title);
    assertThat(outlook.location().displayName()).isEqualTo(location);
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void organizationSettingsGovernARunUnlessTheUserOverridesThem() {
    crmCreates("From the CRM", 0);
    outlookCreates("From Outlook", 1);
    settings("organizations/" + organization, "{\"calendar.enabled\": false}");

    assertThat(sync().outcome()).isEqualTo(RunOutcome.NOT_RUN);
    assertThat(outlookTitles()).containsExactly("From Outlook");

    userSettings("{\"calendar.enabled\": true}");
    settings("organizations/" + organization, "{\"calendar.direction\": \"CRM_TO_MICROSOFT\"}");

    assertThat(sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(outlookTitles()).containsExactlyInAnyOrder("From Outlook", "From the CRM");
    assertThat(crmTitles()).containsExactly("From the CRM");

    userSettings("{\"calendar.direction\": \"BIDIRECTIONAL\"}");
    outlookEditsLocation("From Outlook", "Moved");
    sync();

    assertThat(crmTitles()).containsExactlyInAnyOrder("From Outlook", "From the CRM");
  }

  // First sync, echoes, lost responses, races, expired tokens.

  @Test
  void aFirstSyncMatchesWhatBothSidesHaveAndARunAfterItDoesNothing() {
    crmCreates("Kick-off", 0);
    crmCreates("Review", 1);
    crmCreates("Only in the CRM", 2);
    outlookCreates("Kick-off", 0);
    outlookCreates("Review", 1);
    outlookCreates("Only in Outlook", 3);

    RunReport first = sync();

    assertThat(first.counts().createdInCrm()).isEqualTo(1);
    assertThat(first.counts().createdInMicrosoft()).isEqualTo(1);
    List<String> all = List.of("Kick-off", "Only in Outlook", "Only in the CRM", "Review");
    assertThat(crmTitles()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(outlookTitles()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(links()).isEqualTo(4);
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void aCreateWhoseAnswerIsLostMakesNoDuplicate() {
    crmCreates("Kick-off", 0);
    emulator.control().injectFault(Fault.drop("POST", "/events$", 1));

    RunReport lost = sync();
    RunReport next = sync();

    assertThat(lost.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(outlookTitles()).containsExactly("Kick-off");
    assertThat(links()).isEqualTo(1);
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anOutlookCopyWhoseLinkWasLostIsRecognisedByItsStampNotImportedAgain() {
    CalendarEvent event = crmCreates("Kick-off", 0);
    sync();
    // The link is gone (a database restored from before it, say) and the copy renamed in Outlook,
    // so matching by title and times cannot find it: only its stamp tells it is the CRM's event.
    jdbc.sql("DELETE FROM sync_links WHERE user_id = ?").param(user).update();
    String copy = outlookEvent("Kick-off").id();
    graph.events().update(mailbox, copy, Event.builder().subject("Kick-off, moved").build(), null);

    RunReport next = sync();

    assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(next.counts().createdInCrm()).isZero();
    assertThat(crmEvents()).hasSize(1);
    assertThat(crmEvents().get(0).id()).isEqualTo(event.id());
    assertThat(outlookTitles()).hasSize(1);
    assertThat(links()).isEqualTo(1);
    assertThat(sync().counts().createdInCrm()).isZero();
  }

  @Test
  void anUpdateRefusedWith412IsDecidedAgainAndThenWritten() {
    CalendarEvent event = crmCreates("Kick-off", 0);
    sync();
    crmEdits(event.id(), "Kick-off moved");
    emulator.control().injectFault(Fault.status("PATCH", "/events/", 1, 412, null));

    RunReport report = sync();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(report.counts().updatedInMicrosoft()).isEqualTo(1);
    assertThat(outlookTitles()).containsExactly("Kick-off moved");
  }

  @Test
  void anEditMadeInOutlookWhileTandemWritesIsNotOverwrittenBlindly() {
    userSettings("{\"calendar.conflict_resolution\": \"MERGE_FIELDS\"}");
    CalendarEvent event = crmCreates("Kick-off", 0);
    sync();
    crmEdits(event.id(), "Kick-off moved");
    // The event changes in Outlook after Tandem read it: its delta link is moved past the edit,
    // as if the edit happened between Tandem's read and its write, so its If-Match write gets 412.
    outlookEditsLocation("Kick-off", "Outlook room");
    skipOutlookChangesSoFar();

    RunReport report = sync();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    Event after = outlookEvent("Kick-off moved");
    assertThat(after.location().displayName()).isEqualTo("Outlook room");
    assertThat(events.find(user, event.id()).orElseThrow().fields().location())
        .isEqualTo("Outlook room");
  }

  @Test
  void anExpiredDeltaTokenRelinksByIdWithoutDuplicates() {
    crmCreates("One", 0);
    crmCreates("Two", 1);
    CalendarEvent three = crmCreates("Three", 2);
    sync();
    outlookEditsLocation("One", "Elsewhere");
    graph.events().delete(mailbox, outlookEvent("Two").id(), null);
    emulator.control().expireDeltaTokens();

    RunReport report = sync();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(outlookTitles()).containsExactlyInAnyOrder("One", "Three");
    assertThat(crmTitles()).containsExactlyInAnyOrder("One", "Three");
    assertThat(crmEvent("One").fields().location()).isEqualTo("Elsewhere");
    assertThat(events.find(user, three.id())).isPresent();
    assertThat(links()).isEqualTo(2);
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  // Deletion safety.

  @Test
  void deletingMostItemsInOutlookWaitsForApprovalThenDeletesInTheCrm() {
    twentySyncedEvents();
    deleteInOutlook(12);

    RunReport held = sync();

    assertThat(held.outcome()).isEqualTo(RunOutcome.WAITING_FOR_APPROVAL);
    assertThat(crmTitles()).hasSize(20);
    assertThat(holdStatus()).isEqualTo("WAITING");

    holds.approve(user, holdId(), user);
    RunReport approved = sync();

    assertThat(approved.counts().deletedInCrm()).isEqualTo(12);
    assertThat(crmTitles()).hasSize(8);
    assertThat(holdStatus()).isEqualTo("DONE");
  }

  @Test
  void discardingTheHoldRestoresTheItemsInOutlook() {
    twentySyncedEvents();
    deleteInOutlook(12);
    sync();

    holds.discard(user, holdId(), user);
    RunReport restored = sync();

    assertThat(restored.counts().createdInMicrosoft()).isEqualTo(12);
    assertThat(outlookTitles()).hasSize(20).doesNotHaveDuplicates();
    assertThat(crmTitles()).hasSize(20);
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  // Helpers.

  private RunReport sync() {
    return runs.run(user, SyncResource.CALENDAR, RunTrigger.SYNC_NOW, false);
  }

  private void twentySyncedEvents() {
    for (int i = 0; i < 20; i++) {
      crmCreates("Event " + i, i % 5);
    }
    assertThat(sync().counts().createdInMicrosoft()).isEqualTo(20);
  }

  private void deleteInOutlook(int count) {
    for (int i = 0; i < count; i++) {
      graph.events().delete(mailbox, outlookEvent("Event " + i).id(), null);
    }
  }

  private CalendarEvent crmCreates(String title, int dayOffset) {
    LocalDateTime start = day.plusDays(dayOffset);
    return events.create(
        user,
        new CalendarEventFields(
            title,
            "",
            start,
            start.plusHours(1),
            BERLIN,
            false,
            "Room 1",
            List.of(),
            null,
            null,
            false,
            null),
        Origin.CRM);
  }

  private void crmEdits(String id, String title) {
    CalendarEvent current = events.find(user, id).orElseThrow();
    CalendarEventFields f = current.fields();
    events.update(
        user,
        id,
        new CalendarEventFields(
            title,
            f.description(),
            f.start(),
            f.end(),
            f.timeZone(),
            f.allDay(),
            f.location(),
            f.attendees(),
            f.reminderMinutes(),
            f.showAs(),
            f.isPrivate(),
            f.recurrence()),
        Origin.CRM,
        current.version());
  }

  private void skipOutlookChangesSoFar() {
    var window =
        jdbc.sql(
                "SELECT window_from, window_to FROM sync_resources WHERE user_id = ?"
                    + " AND resource = 'CALENDAR'")
            .param(user)
            .query(
                (rs, n) ->
                    List.of(
                        rs.getObject("window_from", java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject("window_to", java.time.OffsetDateTime.class).toInstant()))
            .single();
    String link = graph.events().delta(mailbox, window.get(0), window.get(1), page -> {});
    jdbc.sql("UPDATE sync_resources SET delta_link = ? WHERE user_id = ? AND resource = 'CALENDAR'")
        .params(link, user)
        .update();
  }

  private void outlookCreates(String title, int dayOffset) {
    LocalDateTime start = day.plusDays(dayOffset);
    graph
        .events()
        .create(
            mailbox,
            Event.builder()
                .subject(title)
                .time(
                    DateTimeTimeZone.of(start, "W. Europe Standard Time"),
                    DateTimeTimeZone.of(start.plusHours(1), "W. Europe Standard Time"))
                .location(Location.named("Room 1"))
                .build());
  }

  private void outlookEditsLocation(String title, String location) {
    graph
        .events()
        .update(
            mailbox,
            outlookEvent(title).id(),
            Event.builder().location(Location.named(location)).build(),
            null);
  }

  private List<Event> outlookEvents() {
    List<Event> found = new ArrayList<>();
    Instant now = Instant.now();
    graph
        .events()
        .delta(
            mailbox,
            now.minus(Duration.ofDays(30)),
            now.plus(Duration.ofDays(60)),
            page ->
                page.items().stream()
                    .filter(item -> !item.wasRemoved())
                    .forEach(item -> found.add(item.value())));
    return found;
  }

  private List<String> outlookTitles() {
    return outlookEvents().stream().map(Event::subject).toList();
  }

  private Event outlookEvent(String title) {
    List<Event> matching = outlookEvents().stream().filter(e -> title.equals(e.subject())).toList();
    assertThat(matching).hasSize(1);
    return graph.events().get(mailbox, matching.get(0).id());
  }

  private List<CalendarEvent> crmEvents() {
    return events.list(user, null, null, 0, 500);
  }

  private List<String> crmTitles() {
    return crmEvents().stream().map(e -> e.fields().title()).toList();
  }

  private CalendarEvent crmEvent(String title) {
    return crmEvents().stream()
        .filter(e -> e.fields().title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private int links() {
    return jdbc.sql("SELECT COUNT(*) FROM sync_links WHERE user_id = ?")
        .param(user)
        .query(Integer.class)
        .single();
  }

  private long holdId() {
    return jdbc.sql("SELECT id FROM sync_deletion_holds WHERE user_id = ? AND status = 'WAITING'")
        .param(user)
        .query(Long.class)
        .single();
  }

  private String holdStatus() {
    return jdbc.sql("SELECT status FROM sync_deletion_holds WHERE user_id = ? ORDER BY id DESC")
        .param(user)
        .query(String.class)
        .list()
        .get(0);
  }

  private void settings(String scope, String json) {
    assertThat(call("PATCH", "/api/v1/settings/" + scope, json).statusCode()).isEqualTo(200);
  }
}
