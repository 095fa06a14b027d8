package com.tandem.server.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.Fault;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.sync.EmulatorSyncTest;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A first import that Graph breaks off in the middle (an error, a lost answer, throttling on the
 * third page) keeps the pages it applied, and the next run goes on from there: every event arrives
 * exactly once.
 */
class InterruptedImportIT extends EmulatorSyncTest {

  private static final int EVENTS = 250;

  @Autowired CalendarEvents events;

  @AfterEach
  void noFaultLeftArmed() {
    emulator.control().clearFaults();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"error 500, FAILED", "lost answer, FAILED", "throttled, THROTTLED"})
  void theNextRunGoesOnWhereTheBrokenRunStopped(String fault, RunOutcome outcome) {
    LocalDateTime day =
        LocalDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(3).truncatedTo(ChronoUnit.DAYS);
    for (int i = 0; i < EVENTS; i++) {
      LocalDateTime start = day.plusMinutes(30L * i);
      graph
          .events()
          .create(
              mailbox,
              Event.builder()
                  .subject("Imported " + i)
                  .time(
                      DateTimeTimeZone.of(start, "W. Europe Standard Time"),
                      DateTimeTimeZone.of(start.plusMinutes(20), "W. Europe Standard Time"))
                  .build());
    }
    // Two pages of 100 come through; the third page's request fails.
    String page = "calendarView/delta";
    emulator.control().injectFault(Fault.latency("GET", page, 2, 1));
    emulator
        .control()
        .injectFault(
            switch (fault) {
              case "error 500" -> Fault.status("GET", page, 1, 500, null);
              // Java's HTTP client sends a GET whose answer was lost once more by itself.
              case "lost answer" -> Fault.drop("GET", page, 2);
              default -> Fault.status("GET", page, 1, 429, 1);
            });

    RunReport broken = sync();

    assertThat(broken.outcome()).as("%s", broken).isEqualTo(outcome);
    assertThat(broken.counts().createdInCrm()).isEqualTo(200);
    assertThat(crmTitles()).hasSize(200).doesNotHaveDuplicates();

    RunReport next = sync();

    assertThat(next.outcome()).as("%s", next).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(next.counts().createdInCrm()).isEqualTo(EVENTS - 200);
    assertThat(crmTitles()).hasSize(EVENTS).doesNotHaveDuplicates();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM sync_links WHERE user_id = ?")
                .param(user)
                .query(Integer.class)
                .single())
        .isEqualTo(EVENTS);
    assertThat(sync().counts()).isEqualTo(RunCounts.NONE);
  }

  private RunReport sync() {
    return runs.run(user, SyncResource.CALENDAR, RunTrigger.SYNC_NOW, false);
  }

  private List<String> crmTitles() {
    return events.list(user, null, null, 0, 1000).stream()
        .map(CalendarEvent::fields)
        .map(f -> f.title())
        .toList();
  }
}
