package com.tandem.server.sync.web;

import com.tandem.server.sync.ConnectionBusyException;
import com.tandem.server.sync.PlannedAction;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.SyncResource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sync now for tests that must control what a run reports: records each call and answers with a run
 * that created one event in Microsoft (or, when told, that the connection is busy).
 */
public class RecordingSyncNow implements SyncNow {

  /** One call. */
  record Call(long userId, Set<SyncResource> resources, RunTrigger trigger, boolean dryRun) {}

  final List<Call> calls = new CopyOnWriteArrayList<>();
  volatile boolean busy;
  private final Clock clock;

  public RecordingSyncNow(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<RunReport> run(
      long userId, Set<SyncResource> resources, RunTrigger trigger, boolean dryRun) {
    if (busy) {
      throw new ConnectionBusyException(userId);
    }
    calls.add(new Call(userId, Set.copyOf(resources), trigger, dryRun));
    Instant now = clock.instant();
    List<RunReport> reports = new ArrayList<>();
    for (SyncResource r : resources.isEmpty() ? Set.of(SyncResource.CALENDAR) : resources) {
      List<PlannedAction> actions =
          dryRun
              ? List.of(new PlannedAction("CREATE", "MICROSOFT", "41", null, "Standup", null))
              : List.of();
      reports.add(
          new RunReport(
              dryRun ? null : 900L,
              userId,
              r,
              trigger,
              dryRun,
              now,
              now,
              RunOutcome.SUCCEEDED,
              new RunCounts(0, 0, 0, 1, 0, 0, 0, 0, 0),
              null,
              null,
              actions));
    }
    return reports;
  }

  void reset() {
    calls.clear();
    busy = false;
  }
}
