package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.server.sync.PlannedAction;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.store.JdbcRunLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What one run did so far: the counts per direction, the item log (stored page by page, or kept for
 * a dry run's answer) and the items metric.
 */
final class RunJournal {

  /** How many item log entries are stored together. */
  private static final int LOG_BATCH = 500;

  private final SyncResource resource;
  private final Long runId;
  private final JdbcRunLog log;
  private final MeterRegistry meters;
  private final List<PlannedAction> planned = new ArrayList<>();
  private final List<PlannedAction> unwritten = new ArrayList<>();
  private int createdInCrm;
  private int updatedInCrm;
  private int deletedInCrm;
  private int createdInMicrosoft;
  private int updatedInMicrosoft;
  private int deletedInMicrosoft;
  private int conflicts;
  private int skipped;
  private int held;

  /** A tally that stores its item log under {@code runId}, or keeps it when null (dry run). */
  RunJournal(SyncResource resource, Long runId, JdbcRunLog log, MeterRegistry meters) {
    this.resource = resource;
    this.runId = runId;
    this.log = log;
    this.meters = meters;
  }

  void created(Side target, String crmId, String microsoftId, String title, boolean restored) {
    if (target == Side.CRM) {
      createdInCrm++;
    } else {
      createdInMicrosoft++;
    }
    record(restored ? "RESTORE" : "CREATE", target.name(), crmId, microsoftId, title, null);
  }

  void updated(boolean crm, boolean microsoft, String crmId, String microsoftId, String title) {
    if (crm) {
      updatedInCrm++;
    }
    if (microsoft) {
      updatedInMicrosoft++;
    }
    String target = crm && microsoft ? "BOTH" : crm ? Side.CRM.name() : Side.MICROSOFT.name();
    record("UPDATE", target, crmId, microsoftId, title, null);
  }

  void deleted(Side target, String crmId, String microsoftId, String title) {
    if (target == Side.CRM) {
      deletedInCrm++;
    } else {
      deletedInMicrosoft++;
    }
    record("DELETE", target.name(), crmId, microsoftId, title, null);
  }

  void linked(String crmId, String microsoftId, String title) {
    record("LINK", null, crmId, microsoftId, title, null);
  }

  void unlinked(String crmId, String microsoftId, String title) {
    record("UNLINK", null, crmId, microsoftId, title, null);
  }

  void conflict(String crmId, String microsoftId, String title, String detail) {
    conflicts++;
    meters.counter("tandem.sync.conflicts", "resource", resource.name()).increment();
    record("CONFLICT", null, crmId, microsoftId, title, detail);
  }

  void skipped(Side side, String crmId, String microsoftId, String title, String reason) {
    skipped++;
    record("SKIP", side == null ? null : side.name(), crmId, microsoftId, title, reason);
  }

  /** An action that could not be carried out, logged with its item and the reason. */
  <F extends SyncFields<F>> void skipped(
      SyncAction<F> action, Function<F, String> title, String reason) {
    if (action instanceof SyncAction.Create<F> c) {
      skipped(
          c.target(),
          c.target() == Side.MICROSOFT ? c.sourceId() : null,
          c.target() == Side.CRM ? c.sourceId() : null,
          title.apply(c.fields()),
          reason);
    } else if (action instanceof SyncAction.Update<F> u) {
      skipped(null, u.crmId(), u.microsoftId(), title.apply(u.fields()), reason);
    } else if (action instanceof SyncAction.Delete<F> d) {
      skipped(
          d.target(),
          d.link().crmId(),
          d.link().microsoftId(),
          title.apply(d.link().synced()),
          reason);
    } else {
      skipped(null, null, null, null, reason);
    }
  }

  void held(Side target, String crmId, String microsoftId, String title, String detail) {
    held++;
    record("HOLD", target.name(), crmId, microsoftId, title, detail);
  }

  /** Stores the item log entries not stored yet (they are written in batches). */
  void flush() {
    if (runId != null && !unwritten.isEmpty()) {
      log.items(runId, unwritten);
      unwritten.clear();
    }
  }

  RunCounts counts() {
    return new RunCounts(
        createdInCrm,
        updatedInCrm,
        deletedInCrm,
        createdInMicrosoft,
        updatedInMicrosoft,
        deletedInMicrosoft,
        conflicts,
        skipped,
        held);
  }

  /** For a dry run, the planned actions; otherwise empty (the log is stored). */
  List<PlannedAction> planned() {
    return List.copyOf(planned);
  }

  private void record(
      String action, String target, String crmId, String microsoftId, String title, String detail) {
    PlannedAction entry = new PlannedAction(action, target, crmId, microsoftId, title, detail);
    if (runId == null) {
      planned.add(entry);
      return;
    }
    unwritten.add(entry);
    if (unwritten.size() >= LOG_BATCH) {
      flush();
    }
    meters
        .counter(
            "tandem.sync.items",
            "resource",
            resource.name(),
            "action",
            action,
            "target",
            target == null ? "NONE" : target)
        .increment();
  }
}
