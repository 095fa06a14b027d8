package com.tandem.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventTime;
import com.tandem.engine.calendar.Recurrence;
import com.tandem.engine.calendar.RecurrencePattern;
import com.tandem.engine.calendar.RecurrenceRange;
import com.tandem.engine.fields.Body;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.engine.tasks.TaskPriority;
import com.tandem.engine.tasks.TaskStatus;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.StaleVersionException;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.calendar.RecurrenceException;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.sync.calendar.CrmCalendarItems;
import com.tandem.server.sync.calendar.EventConversion;
import com.tandem.server.sync.resource.CrmItems;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.SyncWindow;
import com.tandem.server.sync.resource.SyncedResources;
import com.tandem.server.sync.tasks.CrmTaskItems;
import com.tandem.server.testing.TestDirectory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The CRM sides of calendar and tasks over the activity stores (in-memory H2). */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:sync-sides;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=sync-sides-admin-secret",
      "db-scheduler.enabled=false"
    })
class CrmItemsIT {

  private static final AtomicInteger USERS = new AtomicInteger();
  private static final SyncWindow WINDOW =
      new SyncWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

  @Autowired CrmItems<EventFields> calendar;
  @Autowired CrmItems<TaskFields> tasks;
  @Autowired CalendarEvents events;
  @Autowired SyncedResources resources;
  @Autowired Tasks taskStore;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  long userId;

  @BeforeEach
  void user() {
    TestDirectory directory = new TestDirectory(jdbc);
    long org = directory.organization("Sides " + USERS.incrementAndGet());
    userId = directory.user("sides" + USERS.get(), "password-1234", org, "USER");
  }

  private static EventFields meeting(String title, String day) {
    return EventFields.of(
            title,
            EventTime.of(day + "T09:00", "Europe/Berlin"),
            EventTime.of(day + "T10:00", "Europe/Berlin"))
        .withDescription(Body.text("Agenda"));
  }

  @Test
  void aCreatedEventIsWrittenBySyncAndReadsBackTheSame() {
    ItemVersion created = calendar.create(userId, meeting("Kick-off", "2026-03-02"));

    assertThat(created.version()).isEqualTo("1");
    assertThat(calendar.find(userId, created.id()))
        .hasValueSatisfying(
            item -> {
              assertThat(item.fields()).isEqualTo(meeting("Kick-off", "2026-03-02"));
              assertThat(item.version()).isEqualTo("1");
            });
    assertThat(events.find(userId, created.id()).orElseThrow().lastOrigin()).isEqualTo(Origin.SYNC);
    assertThat(resources.get(SyncResource.CALENDAR).crm()).isSameAs(calendar);
  }

  @Test
  void anEventUpdateChecksTheVersionAndADeleteTooAndTwiceIsFalse() {
    ItemVersion created = calendar.create(userId, meeting("Kick-off", "2026-03-02"));

    ItemVersion updated =
        calendar.update(userId, created.id(), meeting("Moved", "2026-03-03"), "1").orElseThrow();

    assertThat(updated.version()).isEqualTo("2");
    assertThatThrownBy(
            () -> calendar.update(userId, created.id(), meeting("Again", "2026-03-04"), "1"))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> calendar.delete(userId, created.id(), "1"))
        .isInstanceOf(StaleVersionException.class);
    assertThat(calendar.delete(userId, created.id(), "2")).isTrue();
    assertThat(calendar.delete(userId, created.id(), null)).isFalse();
    assertThat(calendar.find(userId, created.id())).isEmpty();
    assertThat(calendar.update(userId, created.id(), meeting("Gone", "2026-03-04"), null))
        .isEmpty();
  }

  @Test
  void aSeriesIsSeenAndWrittenWithItsOccurrenceChanges() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    CalendarEventFields series =
        new CalendarEventFields(
            "Stand-up",
            null,
            LocalDateTime.parse("2026-03-02T09:00"),
            LocalDateTime.parse("2026-03-02T09:15"),
            berlin,
            false,
            null,
            List.of(),
            null,
            null,
            false,
            new com.tandem.server.activity.calendar.Recurrence(
                com.tandem.server.activity.calendar.RecurrencePattern.weekly(
                    1, List.of(DayOfWeek.MONDAY)),
                com.tandem.server.activity.calendar.RecurrenceRange.until(
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-27")),
                List.of(RecurrenceException.cancelled(LocalDateTime.parse("2026-03-09T09:00")))));
    CalendarEvent stored = events.create(userId, series, Origin.CRM);
    ItemState<EventFields> seen = calendar.find(userId, stored.id()).orElseThrow();

    assertThat(seen.fields().recurrence().cancelledOccurrences())
        .containsExactly(LocalDate.parse("2026-03-09"));
    calendar.update(userId, stored.id(), seen.fields().withTitle("Daily stand-up"), "1");

    CalendarEventFields after = events.find(userId, stored.id()).orElseThrow().fields();
    assertThat(after.title()).isEqualTo("Daily stand-up");
    assertThat(after.recurrence().exceptions()).isEqualTo(series.recurrence().exceptions());

    calendar.update(
        userId, stored.id(), EventConversion.withoutOccurrenceChanges(seen.fields()), "2");

    assertThat(events.find(userId, stored.id()).orElseThrow().fields().recurrence().exceptions())
        .isEmpty();
  }

  @Test
  void writesJoinTheCallersTransaction() {
    List<String> ids = new ArrayList<>();
    transactions.executeWithoutResult(
        status -> {
          ids.add(calendar.create(userId, meeting("Rolled back", "2026-03-02")).id());
          ids.add(tasks.create(userId, TaskFields.of("Rolled back")).id());
          status.setRollbackOnly();
        });

    assertThat(calendar.find(userId, ids.get(0))).isEmpty();
    assertThat(tasks.find(userId, ids.get(1))).isEmpty();
  }

  @Test
  void everyLiveEventOverlappingTheWindowIsHandedOverAcrossPages() {
    List<String> inside = new ArrayList<>();
    for (int i = 0; i < CrmCalendarItems.PAGE + 3; i++) {
      inside.add(calendar.create(userId, meeting("In " + i, "2026-03-02")).id());
    }
    calendar.create(userId, meeting("Before", "2025-06-02"));
    EventFields series =
        meeting("Weekly since last year", "2025-06-02")
            .withRecurrence(
                Recurrence.of(
                    RecurrencePattern.weekly(1, Set.of(DayOfWeek.MONDAY), DayOfWeek.MONDAY),
                    RecurrenceRange.noEnd(LocalDate.parse("2025-06-02"))));
    inside.add(calendar.create(userId, series).id());
    String deleted = calendar.create(userId, meeting("Deleted", "2026-03-02")).id();
    calendar.delete(userId, deleted, null);
    List<String> seen = new ArrayList<>();

    calendar.forEachLive(userId, WINDOW, item -> seen.add(item.id()));

    assertThat(seen).containsExactlyInAnyOrderElementsOf(inside);
  }

  @Test
  void inWindowCountsASeriesUntilTheEndOfItsRange() {
    EventFields before = meeting("Before", "2025-06-02");
    EventFields endedSeries =
        before.withRecurrence(
            Recurrence.of(
                RecurrencePattern.daily(1),
                RecurrenceRange.endDate(
                    LocalDate.parse("2025-06-02"), LocalDate.parse("2025-12-31"))));
    EventFields runningSeries =
        before.withRecurrence(
            Recurrence.of(
                RecurrencePattern.daily(1),
                RecurrenceRange.endDate(
                    LocalDate.parse("2025-06-02"), LocalDate.parse("2026-01-01"))));

    assertThat(calendar.inWindow(meeting("In", "2026-03-02"), WINDOW)).isTrue();
    assertThat(calendar.inWindow(before, WINDOW)).isFalse();
    assertThat(calendar.inWindow(meeting("After", "2027-01-02"), WINDOW)).isFalse();
    assertThat(calendar.inWindow(endedSeries, WINDOW)).isFalse();
    assertThat(calendar.inWindow(runningSeries, WINDOW)).isTrue();
    assertThat(calendar.title(before)).isEqualTo("Before");
  }

  @Test
  void aTaskIsCreatedUpdatedAndDeletedWithVersionChecks() {
    TaskFields call =
        new TaskFields(
            "Call Alex",
            Body.text("About the offer"),
            LocalDate.parse("2026-03-10"),
            null,
            TaskStatus.OPEN,
            TaskPriority.HIGH,
            Instant.parse("2026-03-09T08:00:00Z"),
            null);

    ItemVersion created = tasks.create(userId, call);
    ItemState<TaskFields> found = tasks.find(userId, created.id()).orElseThrow();
    ItemVersion updated =
        tasks
            .update(userId, created.id(), call.withStatus(TaskStatus.IN_PROGRESS), "1")
            .orElseThrow();

    assertThat(found.fields()).isEqualTo(call);
    assertThat(taskStore.find(userId, created.id()).orElseThrow().lastOrigin())
        .isEqualTo(Origin.SYNC);
    assertThat(updated.version()).isEqualTo("2");
    assertThatThrownBy(() -> tasks.update(userId, created.id(), call, "1"))
        .isInstanceOf(StaleVersionException.class);
    assertThat(tasks.delete(userId, created.id(), "2")).isTrue();
    assertThat(tasks.delete(userId, created.id(), "2")).isFalse();
    assertThat(tasks.inWindow(call, WINDOW)).isTrue();
    assertThat(tasks.title(call)).isEqualTo("Call Alex");
    assertThat(resources.get(SyncResource.TASKS).crm()).isSameAs(tasks);
  }

  @Test
  void everyLiveTaskIsHandedOverAcrossPages() {
    List<String> live = new ArrayList<>();
    for (int i = 0; i < CrmTaskItems.PAGE + 3; i++) {
      live.add(tasks.create(userId, TaskFields.of("Task " + i)).id());
    }
    String deleted = tasks.create(userId, TaskFields.of("Deleted")).id();
    tasks.delete(userId, deleted, null);
    List<String> seen = new ArrayList<>();

    tasks.forEachLive(userId, WINDOW, item -> seen.add(item.id()));

    assertThat(seen).containsExactlyInAnyOrderElementsOf(live);
  }
}
