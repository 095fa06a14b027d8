package com.tandem.server.sync.store;

import com.tandem.server.sync.RunCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the sync tables for the pages and the API. Only reads: the runs, links, conflicts and holds
 * are written by the runs, the connection rows by the scheduler.
 */
@Repository
public class JdbcSyncReads {

  private static final String RUN_COLUMNS =
      "id, user_id, resource, run_trigger, started_at, finished_at, outcome, created_in_crm,"
          + " updated_in_crm, deleted_in_crm, created_in_microsoft, updated_in_microsoft,"
          + " deleted_in_microsoft, conflicts, skipped, held, retry_after_seconds, message";
  private static final String HOLD_COLUMNS =
      "id, user_id, resource, run_id, side, linked_items, item_count, status, created_at,"
          + " decided_by, decided_at, deletions";

  private final JdbcClient jdbc;

  JdbcSyncReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The scheduler's row of the user's connection, or {@link SyncRecords.Connection#NONE}. */
  public SyncRecords.Connection connection(long userId) {
    return jdbc.sql(
            "SELECT next_run_at, throttled_until, lease_until FROM sync_connections"
                + " WHERE user_id = ?")
        .param(userId)
        .query(
            (rs, n) ->
                new SyncRecords.Connection(
                    instant(rs, "next_run_at"),
                    instant(rs, "throttled_until"),
                    instant(rs, "lease_until")))
        .optional()
        .orElse(SyncRecords.Connection.NONE);
  }

  /** The user's resources that have synced, by resource name. */
  public Map<String, SyncRecords.Resource> resources(long userId) {
    return jdbc
        .sql("SELECT resource, state, last_run_id, problem FROM sync_resources WHERE user_id = ?")
        .param(userId)
        .query(
            (rs, n) ->
                new SyncRecords.Resource(
                    rs.getString("resource"),
                    rs.getString("state"),
                    (Long) rs.getObject("last_run_id", Long.class),
                    rs.getString("problem")))
        .list()
        .stream()
        .collect(Collectors.toMap(SyncRecords.Resource::resource, r -> r));
  }

  /** The resource's most recent finished run. */
  public Optional<SyncRecords.Run> lastFinishedRun(long userId, String resource) {
    return jdbc.sql(
            "SELECT "
                + RUN_COLUMNS
                + " FROM sync_runs WHERE user_id = ? AND resource = ? AND finished_at IS NOT NULL"
                + " ORDER BY id DESC LIMIT 1")
        .params(userId, resource)
        .query(JdbcSyncReads::run)
        .optional();
  }

  /** Whether a run of the resource has started and not finished. */
  public boolean unfinishedRun(long userId, String resource) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM sync_runs WHERE user_id = ? AND resource = ?"
                    + " AND finished_at IS NULL")
            .params(userId, resource)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The user's runs, newest first; {@code resource} null for all. */
  public SyncRecords.Page<SyncRecords.Run> runs(
      long userId, String resource, int offset, int limit) {
    String where = resource == null ? "" : " AND resource = :resource";
    var statement =
        jdbc.sql(
                "SELECT "
                    + RUN_COLUMNS
                    + " FROM sync_runs WHERE user_id = :user"
                    + where
                    + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
            .param("user", userId)
            .param("limit", limit + 1)
            .param("offset", offset);
    if (resource != null) {
      statement = statement.param("resource", resource);
    }
    return SyncRecords.Page.of(statement.query(JdbcSyncReads::run).list(), offset, limit);
  }

  /** One of the user's runs. */
  public Optional<SyncRecords.Run> run(long userId, long runId) {
    return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM sync_runs WHERE id = ? AND user_id = ?")
        .params(runId, userId)
        .query(JdbcSyncReads::run)
        .optional();
  }

  /** A run's item log in the order it happened. */
  public List<SyncRecords.Item> items(long runId) {
    return jdbc.sql(
            "SELECT id, action, target, crm_id, microsoft_id, title, detail, at"
                + " FROM sync_run_items WHERE run_id = ? ORDER BY id")
        .param(runId)
        .query(
            (rs, n) ->
                new SyncRecords.Item(
                    rs.getLong("id"),
                    rs.getString("action"),
                    rs.getString("target"),
                    rs.getString("crm_id"),
                    rs.getString("microsoft_id"),
                    rs.getString("title"),
                    rs.getString("detail"),
                    instant(rs, "at")))
        .list();
  }

  /** The user's conflicts, newest first. */
  public SyncRecords.Page<SyncRecords.Conflict> conflicts(long userId, int offset, int limit) {
    List<SyncRecords.Conflict> read =
        jdbc.sql(
                "SELECT id, resource, run_id, crm_id, microsoft_id, title, rule_name, decision,"
                    + " crm_fields, microsoft_fields, result_fields, decided_at"
                    + " FROM sync_conflicts WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
            .params(userId, limit + 1, offset)
            .query(
                (rs, n) ->
                    new SyncRecords.Conflict(
                        rs.getLong("id"),
                        rs.getString("resource"),
                        (Long) rs.getObject("run_id", Long.class),
                        rs.getString("crm_id"),
                        rs.getString("microsoft_id"),
                        rs.getString("title"),
                        rs.getString("rule_name"),
                        rs.getString("decision"),
                        rs.getString("crm_fields"),
                        rs.getString("microsoft_fields"),
                        rs.getString("result_fields"),
                        instant(rs, "decided_at")))
            .list();
    return SyncRecords.Page.of(read, offset, limit);
  }

  /** How many conflicts were recorded for the user. */
  public long conflictCount(long userId) {
    return jdbc.sql("SELECT COUNT(*) FROM sync_conflicts WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  /** The user's held deletions, newest first. */
  public List<SyncRecords.Hold> holds(long userId) {
    return jdbc.sql(
            "SELECT "
                + HOLD_COLUMNS
                + " FROM sync_deletion_holds WHERE user_id = ? ORDER BY id DESC")
        .param(userId)
        .query(JdbcSyncReads::hold)
        .list();
  }

  /** One of the user's held deletions. */
  public Optional<SyncRecords.Hold> hold(long userId, long holdId) {
    return jdbc.sql(
            "SELECT " + HOLD_COLUMNS + " FROM sync_deletion_holds WHERE id = ? AND user_id = ?")
        .params(holdId, userId)
        .query(JdbcSyncReads::hold)
        .optional();
  }

  /** The organization's users, by username. */
  public List<SyncRecords.Member> members(long organizationId) {
    return jdbc.sql(
            "SELECT id, username, display_name FROM users WHERE organization_id = ?"
                + " ORDER BY username")
        .param(organizationId)
        .query(
            (rs, n) ->
                new SyncRecords.Member(
                    rs.getLong("id"), rs.getString("username"), rs.getString("display_name")))
        .list();
  }

  private static SyncRecords.Run run(ResultSet rs, int n) throws SQLException {
    RunCounts counts =
        new RunCounts(
            rs.getInt("created_in_crm"),
            rs.getInt("updated_in_crm"),
            rs.getInt("deleted_in_crm"),
            rs.getInt("created_in_microsoft"),
            rs.getInt("updated_in_microsoft"),
            rs.getInt("deleted_in_microsoft"),
            rs.getInt("conflicts"),
            rs.getInt("skipped"),
            rs.getInt("held"));
    return new SyncRecords.Run(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getString("resource"),
        rs.getString("run_trigger"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getString("outcome"),
        counts,
        (Long) rs.getObject("retry_after_seconds", Long.class),
        rs.getString("message"));
  }

  private static SyncRecords.Hold hold(ResultSet rs, int n) throws SQLException {
    return new SyncRecords.Hold(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getString("resource"),
        (Long) rs.getObject("run_id", Long.class),
        rs.getString("side"),
        rs.getInt("linked_items"),
        rs.getInt("item_count"),
        rs.getString("status"),
        instant(rs, "created_at"),
        (Long) rs.getObject("decided_by", Long.class),
        instant(rs, "decided_at"),
        rs.getString("deletions"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
