package com.tandem.server.sync.store;

import com.tandem.server.sync.PlannedAction;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The run history (sync_runs) and each run's item log (sync_run_items). */
@Repository
public class JdbcRunLog {

  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;

  public JdbcRunLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
  }

  /** Records a run that starts now; returns its id. */
  public long start(long userId, SyncResource resource, RunTrigger trigger) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO sync_runs (user_id, resource, run_trigger, node, started_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(userId, resource.name(), trigger.name(), clip(NODE, 100), now())
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Whether the run of the resource before {@code runId} did not end cleanly (or never ended). */
  public boolean previousRunUnfinished(long userId, SyncResource resource, long runId) {
    List<String> outcomes =
        jdbc.sql(
                "SELECT COALESCE(outcome, 'CRASHED') FROM sync_runs WHERE user_id = ?"
                    + " AND resource = ? AND id < ? ORDER BY id DESC LIMIT 1")
            .params(userId, resource.name(), runId)
            .query(String.class)
            .list();
    return !outcomes.isEmpty()
        && !outcomes.get(0).equals(RunOutcome.SUCCEEDED.name())
        && !outcomes.get(0).equals(RunOutcome.WAITING_FOR_APPROVAL.name());
  }

  /** Adds entries to the run's item log. */
  public void items(long runId, List<PlannedAction> actions) {
    if (actions.isEmpty()) {
      return;
    }
    OffsetDateTime at = now();
    batch.batchUpdate(
        "INSERT INTO sync_run_items (run_id, action, target, crm_id, microsoft_id, title,"
            + " detail, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        actions.stream()
            .map(
                action ->
                    new Object[] {
                      runId,
                      action.action(),
                      action.target(),
                      clip(action.crmId(), 64),
                      clip(action.microsoftId(), 512),
                      clip(action.title(), 300),
                      clip(action.detail(), 2000),
                      at
                    })
            .toList());
  }

  /** Records how the run ended. */
  public void finish(
      long runId, RunOutcome outcome, RunCounts counts, Duration retryAfter, String message) {
    jdbc.sql(
            "UPDATE sync_runs SET finished_at = ?, outcome = ?, created_in_crm = ?,"
                + " updated_in_crm = ?, deleted_in_crm = ?, created_in_microsoft = ?,"
                + " updated_in_microsoft = ?, deleted_in_microsoft = ?, conflicts = ?,"
                + " skipped = ?, held = ?, retry_after_seconds = ?, message = ? WHERE id = ?")
        .params(
            now(),
            outcome.name(),
            counts.createdInCrm(),
            counts.updatedInCrm(),
            counts.deletedInCrm(),
            counts.createdInMicrosoft(),
            counts.updatedInMicrosoft(),
            counts.deletedInMicrosoft(),
            counts.conflicts(),
            counts.skipped(),
            counts.held(),
            retryAfter == null ? null : retryAfter.toSeconds(),
            clip(message, 2000),
            runId)
        .update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }
}
