package com.tandem.server.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.Fault;
import com.tandem.graph.BatchRequest;
import com.tandem.graph.GraphClient;
import com.tandem.graph.model.TodoTask;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.tasks.TaskFields;
import com.tandem.server.activity.tasks.TaskPriority;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.sync.EmulatorSyncTest;
import com.tandem.server.sync.RoundTrips;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.SyncResource;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a connection's run costs in Graph round trips, counted between Tandem and the emulator: the
 * first pages of the calendar's and the To Do list's changes come in one {@code $batch}, and the To
 * Do list an earlier run stored is used without looking it up.
 */
class ConnectionRoundTripsIT extends EmulatorSyncTest {

  private static RoundTrips proxy;

  @Autowired SyncNow syncNow;
  @Autowired CalendarEvents events;
  @Autowired Tasks tasks;

  @BeforeAll
  static void startProxy() throws IOException {
    proxy = new RoundTrips(emulator.baseUrl());
  }

  @AfterAll
  static void stopProxy() {
    proxy.close();
  }

  @BeforeEach
  void graphThroughTheProxyAndItemsOnBothSides() {
    assertThat(
            call(
                    "PATCH",
                    "/api/v1/settings/system",
                    "{\"azure.graph_url\": \"" + proxy.baseUrl() + "\"}")
                .statusCode())
        .isEqualTo(200);
    LocalDateTime start = LocalDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS);
    for (int i = 0; i < 2; i++) {
      events.create(
          user,
          CalendarEventFields.of(
              "Meeting " + i, start.plusDays(i), start.plusDays(i).plusHours(1), ZoneId.of("UTC")),
          Origin.CRM);
      tasks.create(
          user,
          new TaskFields(
              "Task " + i,
              null,
              LocalDate.now().plusDays(3),
              null,
              null,
              TaskPriority.NORMAL,
              null,
              null),
          Origin.CRM);
    }
  }

  @Test
  void anIdleRunOfAConnectionIsOneGraphRoundTripReadingBothDeltas() {
    settle();

    proxy.clear();
    List<RunReport> reports = syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);

    assertThat(reports).extracting(RunReport::outcome).containsOnly(RunOutcome.SUCCEEDED);
    assertThat(reports).extracting(RunReport::counts).containsOnly(RunCounts.NONE);
    assertThat(proxy.trips()).hasSize(1);
    RoundTrips.Trip trip = proxy.trips().get(0);
    assertThat(trip.method() + " " + trip.path()).isEqualTo("POST /v1.0/$batch");
    assertThat(trip.members()).hasSize(2);
    assertThat(trip.members().get(0)).startsWith("GET /users/").contains("/calendarView/delta?");
    assertThat(trip.members().get(1)).startsWith("GET /users/").contains("/tasks/delta?");
    assertThat(trip.members()).allMatch(member -> member.contains("$deltatoken="));
  }

  @Test
  void oneEventEditedInTheCrmCostsOneDeltaRoundTripAndOneWrite() {
    settle();
    CalendarEvent event = events.list(user, null, null, 0, 1).get(0);
    CalendarEventFields f = event.fields();
    events.update(
        user,
        event.id(),
        CalendarEventFields.of("Moved", f.start().plusHours(1), f.end().plusHours(1), f.timeZone()),
        Origin.CRM,
        null);

    proxy.clear();
    List<RunReport> reports = syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);

    assertThat(reports.get(0).counts().updatedInMicrosoft()).isEqualTo(1);
    assertThat(proxy.trips())
        .extracting(trip -> trip.method() + " " + trip.path().replaceAll("/events/.*", "/events/…"))
        .containsExactly("POST /v1.0/$batch", "PATCH /v1.0/users/" + upn + "/events/…");
  }

  @Test
  void syncNowOfOneResourceReadsOnlyThatOneAndASwitchedOffResourceIsNotRead() {
    settle();

    proxy.clear();
    syncNow.run(user, Set.of(SyncResource.TASKS), RunTrigger.SYNC_NOW, false);
    assertThat(proxy.trips()).hasSize(1);
    assertThat(proxy.trips().get(0).members()).singleElement().asString().contains("/tasks/delta?");

    userSettings("{\"tasks.enabled\": false}");
    proxy.clear();
    List<RunReport> reports = syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);
    assertThat(reports).extracting(RunReport::resource).containsExactly(SyncResource.CALENDAR);
    assertThat(proxy.trips()).hasSize(1);
    assertThat(proxy.trips().get(0).members())
        .singleElement()
        .asString()
        .contains("/calendarView/delta?");
  }

  @Test
  void aThrottledMemberEndsOnlyItsOwnRunThrottledWithItsRetryAfter() {
    settle();
    emulator.control().injectFault(Fault.status("GET", "/tasks/delta", 1, 429, 9));

    proxy.clear();
    List<RunReport> reports = syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);

    assertThat(reports)
        .extracting(RunReport::resource, RunReport::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SyncResource.CALENDAR, RunOutcome.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(SyncResource.TASKS, RunOutcome.THROTTLED));
    assertThat(reports.get(1).retryAfter()).isEqualTo(Duration.ofSeconds(9));
    assertThat(proxy.trips()).hasSize(1);
  }

  @Test
  void aStoredListThatIsGoneIsLookedUpAgainAndReadAfreshWithoutDuplicates() {
    settle();
    String defaultList = graph.todoLists().defaultList(mailbox).orElseThrow().id();
    List<String> before = toDoTitles(defaultList);
    // An earlier run's list, as the stored one, then deleted in Microsoft 365.
    GraphClient viaProxy = connections.graph();
    String gone = viaProxy.todoLists().create(mailbox, "Errands").id();
    String link = viaProxy.todoTasks().delta(mailbox, gone, page -> {});
    storeTaskRound(gone, link);
    assertThat(
            viaProxy
                .batch()
                .send(
                    mailbox, List.of(BatchRequest.delete("1", mailbox.path("todo", "lists", gone))))
                .response("1")
                .status())
        .isEqualTo(204);

    runsReadingTheDefaultListAfresh(defaultList, before);
    proxy.clear();
    syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);
    assertThat(proxy.trips()).hasSize(1);
  }

  @Test
  void aListAndLinkOfAnotherGraphAreReplacedByTheDefaultListReadAfresh() {
    settle();
    String defaultList = graph.todoLists().defaultList(mailbox).orElseThrow().id();
    List<String> before = toDoTitles(defaultList);
    // As after Graph moved (a sandbox exchanged for a tenant): neither link nor list is known.
    storeTaskRound(
        "AAMkAnotherTenantsList",
        "https://graph.example.org/v1.0/users/x/todo/lists/AAMkAnotherTenantsList/tasks/delta"
            + "?$deltatoken=x");

    runsReadingTheDefaultListAfresh(defaultList, before);
  }

  /** Runs until a run changes nothing (the second run sees the first one's echoes). */
  private void settle() {
    for (int run = 0; run < 4; run++) {
      List<RunReport> reports = syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);
      assertThat(reports).extracting(RunReport::outcome).containsOnly(RunOutcome.SUCCEEDED);
      if (reports.stream().allMatch(report -> report.counts().equals(RunCounts.NONE))) {
        return;
      }
    }
    throw new AssertionError("the connection never settled");
  }

  /** Stores a task round's list and delta link, as an earlier run would have. */
  private void storeTaskRound(String listId, String deltaLink) {
    jdbc.sql(
            "UPDATE sync_resources SET list_id = ?, delta_link = ? WHERE user_id = ?"
                + " AND resource = 'TASKS'")
        .params(listId, deltaLink, user)
        .update();
  }

  /**
   * Runs the connection and checks that the tasks were read afresh from the default list, now
   * stored: To Do keeps its tasks and the CRM its two, with no duplicate on either side.
   */
  private void runsReadingTheDefaultListAfresh(String defaultList, List<String> before) {
    List<RunReport> reports = syncNow.run(user, Set.of(), RunTrigger.SYNC_NOW, false);

    assertThat(reports).extracting(RunReport::outcome).containsOnly(RunOutcome.SUCCEEDED);
    assertThat(storedListId()).isEqualTo(defaultList);
    assertThat(toDoTitles(defaultList)).containsExactlyInAnyOrderElementsOf(before);
    assertThat(tasks.list(user, null, 0, 100))
        .extracting(task -> task.fields().subject())
        .containsExactlyInAnyOrder("Task 0", "Task 1");
  }

  private String storedListId() {
    return jdbc.sql("SELECT list_id FROM sync_resources WHERE user_id = ? AND resource = 'TASKS'")
        .param(user)
        .query(String.class)
        .single();
  }

  private List<String> toDoTitles(String listId) {
    return toDoTasks(listId).stream().map(TodoTask::title).toList();
  }
}
