package com.tandem.server.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes sync rows straight into the tables, as the runs and the scheduler would. */
public final class SyncRows {

  private final JdbcClient jdbc;

  public SyncRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A finished run; returns its id. */
  public long run(
      long userId,
      String resource,
      Instant startedAt,
      String outcome,
      int createdInMicrosoft,
      int updatedInCrm,
      int conflicts,
      String message) {
    jdbc.sql(
            "INSERT INTO sync_runs (user_id, resource, run_trigger, started_at, finished_at,"
                + " outcome, created_in_microsoft, updated_in_crm, conflicts, message)"
                + " VALUES (?, ?, 'SCHEDULE', ?, ?, ?, ?, ?, ?, ?)")
        .params(
            userId,
            resource,
            at(startedAt),
            at(startedAt.plusSeconds(2)),
            outcome,
            createdInMicrosoft,
            updatedInCrm,
            conflicts,
            message)
        .update();
    return jdbc.sql("SELECT MAX(id) FROM sync_runs WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  /** A run that has started and not finished; returns its id. */
  public long unfinishedRun(long userId, String resource, Instant startedAt) {
    jdbc.sql(
            "INSERT INTO sync_runs (user_id, resource, run_trigger, started_at)"
                + " VALUES (?, ?, 'SYNC_NOW', ?)")
        .params(userId, resource, at(startedAt))
        .update();
    return jdbc.sql("SELECT MAX(id) FROM sync_runs WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  /** A line of a run's item log. */
  public void item(
      long runId, String action, String target, String crmId, String title, Instant at) {
    jdbc.sql(
            "INSERT INTO sync_run_items (run_id, action, target, crm_id, microsoft_id, title, at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(runId, action, target, crmId, "ms-" + crmId, title, at(at))
        .update();
  }

  /** A conflict with both versions; returns its id. */
  public long conflict(
      long userId, long runId, String title, String crmJson, String microsoftJson, Instant at) {
    jdbc.sql(
            "INSERT INTO sync_conflicts (user_id, resource, run_id, crm_id, microsoft_id, title,"
                + " rule_name, decision, crm_fields, microsoft_fields, result_fields, decided_at)"
                + " VALUES (?, 'CALENDAR', ?, '7', 'ms-7', ?, 'CRM_WINS', 'CRM', ?, ?, ?, ?)")
        .params(userId, runId, title, crmJson, microsoftJson, crmJson, at(at))
        .update();
    return jdbc.sql("SELECT MAX(id) FROM sync_conflicts WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  /** A held deletion waiting for a decision; returns its id. */
  public long hold(long userId, String resource, String side, String deletionsJson, Instant at) {
    jdbc.sql(
            "INSERT INTO sync_deletion_holds (user_id, resource, side, linked_items, deletions,"
                + " item_count, status, created_at) VALUES (?, ?, ?, 20, ?, 12, 'WAITING', ?)")
        .params(userId, resource, side, deletionsJson, at(at))
        .update();
    return jdbc.sql("SELECT MAX(id) FROM sync_deletion_holds WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  /** The scheduler's row of the connection. */
  public void connection(
      long userId, Instant nextRunAt, Instant throttledUntil, Instant leaseUntil) {
    jdbc.sql("DELETE FROM sync_connections WHERE user_id = ?").param(userId).update();
    jdbc.sql(
            "INSERT INTO sync_connections (user_id, lease_owner, lease_until, next_run_at,"
                + " throttled_until, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            userId,
            leaseUntil == null ? null : "node-1",
            at(leaseUntil),
            at(nextRunAt),
            at(throttledUntil),
            at(Instant.parse("2026-01-01T00:00:00Z")))
        .update();
  }

  /** Where a resource stands after its last run. */
  void resource(long userId, String resource, String state, Long lastRunId, String problem) {
    jdbc.sql("DELETE FROM sync_resources WHERE user_id = ? AND resource = ?")
        .params(userId, resource)
        .update();
    jdbc.sql(
            "INSERT INTO sync_resources (user_id, resource, state, last_run_id, problem,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            userId, resource, state, lastRunId, problem, at(Instant.parse("2026-01-01T00:00:00Z")))
        .update();
  }

  /** A held deletion's status, as a decision leaves it. */
  public String holdStatus(long holdId) {
    return jdbc.sql("SELECT status FROM sync_deletion_holds WHERE id = ?")
        .param(holdId)
        .query(String.class)
        .single();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
