package com.tandem.server.sync.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tandem.server.sync.PlannedAction;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.store.SyncRecords;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.StringNode;

/** The shapes of the synchronization API. */
final class SyncJson {

  private SyncJson() {}

  /** One resource's status. */
  record Status(
      boolean enabled,
      String off,
      Run lastRun,
      Instant nextRunAt,
      String state,
      String problem,
      Instant throttledUntil,
      int pendingDeletions) {

    static Status of(ResourceStatus s) {
      return new Status(
          s.enabled(),
          s.off(),
          s.lastRun() == null ? null : Run.of(s.lastRun(), null),
          s.nextRunAt(),
          s.state().name(),
          s.problem(),
          s.throttledUntil(),
          s.waitingHolds());
    }
  }

  /** A recorded run; {@code items} only in the answer for one run. */
  record Run(
      long id,
      String resource,
      String trigger,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      int created,
      int updated,
      int deleted,
      int conflicts,
      int createdInCrm,
      int updatedInCrm,
      int deletedInCrm,
      int createdInMicrosoft,
      int updatedInMicrosoft,
      int deletedInMicrosoft,
      int skipped,
      int held,
      Long retryAfterSeconds,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<SyncRecords.Item> items) {

    static Run of(SyncRecords.Run r, List<SyncRecords.Item> items) {
      RunCounts c = r.counts();
      return new Run(
          r.id(),
          r.resource(),
          r.trigger(),
          r.startedAt(),
          r.finishedAt(),
          r.outcome(),
          c.created(),
          c.updated(),
          c.deleted(),
          c.conflicts(),
          c.createdInCrm(),
          c.updatedInCrm(),
          c.deletedInCrm(),
          c.createdInMicrosoft(),
          c.updatedInMicrosoft(),
          c.deletedInMicrosoft(),
          c.skipped(),
          c.held(),
          r.retryAfterSeconds(),
          r.message(),
          items);
    }
  }

  /** What Sync now did (or, for a dry run, would do) for one resource. */
  record Report(
      String resource,
      Long runId,
      boolean dryRun,
      String outcome,
      Instant startedAt,
      Instant finishedAt,
      int created,
      int updated,
      int deleted,
      int conflicts,
      int createdInCrm,
      int updatedInCrm,
      int deletedInCrm,
      int createdInMicrosoft,
      int updatedInMicrosoft,
      int deletedInMicrosoft,
      int skipped,
      int held,
      Long retryAfterSeconds,
      String message,
      List<PlannedAction> actions) {

    static Report of(RunReport r) {
      RunCounts c = r.counts();
      return new Report(
          r.resource().name(),
          r.runId(),
          r.dryRun(),
          r.outcome().name(),
          r.startedAt(),
          r.finishedAt(),
          c.created(),
          c.updated(),
          c.deleted(),
          c.conflicts(),
          c.createdInCrm(),
          c.updatedInCrm(),
          c.deletedInCrm(),
          c.createdInMicrosoft(),
          c.updatedInMicrosoft(),
          c.deletedInMicrosoft(),
          c.skipped(),
          c.held(),
          r.retryAfter() == null ? null : r.retryAfter().toSeconds(),
          r.message(),
          r.actions());
    }
  }

  /** The answer of Sync now. */
  record Reports(List<Report> runs) {}

  /** A conflict with both versions and the decision. */
  record Conflict(
      long id,
      String resource,
      Long runId,
      String crmId,
      String microsoftId,
      String title,
      String rule,
      String decision,
      JsonNode crmVersion,
      JsonNode microsoftVersion,
      JsonNode result,
      Instant decidedAt) {

    static Conflict of(SyncRecords.Conflict c, ObjectMapper json) {
      return new Conflict(
          c.id(),
          c.resource(),
          c.runId(),
          c.crmId(),
          c.microsoftId(),
          c.title(),
          c.rule(),
          c.decision(),
          tree(json, c.crmFields()),
          tree(json, c.microsoftFields()),
          tree(json, c.resultFields()),
          c.decidedAt());
    }
  }

  /** Deletions held back for a decision, with the items. */
  record Hold(
      long id,
      String resource,
      Long runId,
      String side,
      int linkedItems,
      int itemCount,
      String status,
      Instant createdAt,
      Long decidedBy,
      Instant decidedAt,
      List<SyncViews.HoldItem> items) {

    static Hold of(SyncViews.HoldView view) {
      SyncRecords.Hold h = view.hold();
      return new Hold(
          h.id(),
          h.resource(),
          h.runId(),
          h.side(),
          h.linkedItems(),
          h.itemCount(),
          h.status(),
          h.createdAt(),
          h.decidedBy(),
          h.decidedAt(),
          view.items());
    }
  }

  /** Stored JSON as a tree; text that is not JSON comes back as a string, never an error. */
  static JsonNode tree(ObjectMapper json, String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JacksonException e) {
      return StringNode.valueOf(text);
    }
  }
}
