package com.tandem.server.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.TodoTask;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.sync.EmulatorSyncTest;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.calendar.MicrosoftCalendarPageTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Items Graph returns that the CRM cannot take (a title of 100 KB) are skipped with a logged reason
 * and counted, while the run takes in the rest and goes on to the next run without them. (An
 * unknown time zone and an end before its start cannot be written to the emulator, which refuses
 * them as Graph does; {@link MicrosoftCalendarPageTest} covers them on the data Graph may send.)
 */
class BadMicrosoftItemsIT extends EmulatorSyncTest {

  @Autowired CalendarEvents events;
  @Autowired Tasks tasks;

  @Test
  void badOutlookEventsAreSkippedWithTheirReasonsAndTheRunGoesOn() {
    LocalDateTime day =
        LocalDateTime.now(ZoneId.of("UTC")).plusDays(3).truncatedTo(ChronoUnit.DAYS);
    outlookCreates("x".repeat(100 * 1024), day, "UTC");
    // Windows compares zone names in any case, and so does Tandem.
    outlookCreates("Shouting zone", day, "w. europe standard time");
    outlookCreates("Fine", day, "W. Europe Standard Time");

    RunReport first = runs.run(user, SyncResource.CALENDAR, RunTrigger.SYNC_NOW, false);

    assertThat(first.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(first.counts().skipped()).isEqualTo(1);
    assertThat(first.counts().createdInCrm()).isEqualTo(2);
    assertThat(events.list(user, null, null, 0, 10))
        .extracting(CalendarEvent::fields)
        .extracting(f -> f.title())
        .containsExactlyInAnyOrder("Fine", "Shouting zone");
    assertThat(skipReasons(first)).singleElement().asString().contains("102400 characters");
    RunReport next = runs.run(user, SyncResource.CALENDAR, RunTrigger.SYNC_NOW, false);
    assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(next.counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void aBadToDoTaskIsSkippedWithItsReasonAndTheRunGoesOn() {
    String listId = graph.todoLists().defaultList(mailbox).orElseThrow().id();
    graph
        .todoTasks()
        .create(mailbox, listId, TodoTask.builder().title("y".repeat(100 * 1024)).build());
    graph.todoTasks().create(mailbox, listId, TodoTask.builder().title("Fine").build());

    RunReport first = runs.run(user, SyncResource.TASKS, RunTrigger.SYNC_NOW, false);

    assertThat(first.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(first.counts().skipped()).isEqualTo(1);
    assertThat(tasks.list(user, null, 0, 10))
        .extracting(t -> t.fields().subject())
        .containsExactly("Fine");
    assertThat(skipReasons(first)).singleElement().asString().contains("102400 characters");
    assertThat(runs.run(user, SyncResource.TASKS, RunTrigger.SYNC_NOW, false).counts())
        .isEqualTo(RunCounts.NONE);
  }

  private void outlookCreates(String subject, LocalDateTime start, String zone) {
    graph
        .events()
        .create(
            mailbox,
            Event.builder()
                .subject(subject)
                .time(
                    DateTimeTimeZone.of(start.withHour(9), zone),
                    DateTimeTimeZone.of(start.withHour(10), zone))
                .build());
  }
}
