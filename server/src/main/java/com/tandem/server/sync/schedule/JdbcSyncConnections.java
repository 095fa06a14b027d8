package com.tandem.server.sync.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sync_connections} table. A lease is taken by a conditional UPDATE (whoever changes the
 * row holds it, on any node) and ends when released or when its time runs out.
 */
@Repository
public class JdbcSyncConnections {

  private final JdbcClient jdbc;

  public JdbcSyncConnections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ConnectionRow> find(long userId) {
    return jdbc.sql("SELECT * FROM sync_connections WHERE user_id = ?")
        .param(userId)
        .query(JdbcSyncConnections::row)
        .optional();
  }

  public List<ConnectionRow> all() {
    return jdbc.sql("SELECT * FROM sync_connections").query(JdbcSyncConnections::row).list();
  }

  /** Adds the connection's row unless it exists (another node may add it at the same moment). */
  public void ensure(long userId, Instant now) {
    if (find(userId).isPresent()) {
      return;
    }
    try {
      jdbc.sql("INSERT INTO sync_connections (user_id, failures, updated_at) VALUES (?, 0, ?)")
          .params(userId, time(now))
          .update();
    } catch (DuplicateKeyException alreadyThere) {
      // Added meanwhile: just as good.
    }
  }

  /** Takes the lease unless someone holds one that has not run out; true when taken. */
  public boolean claim(long userId, String owner, Instant until, Instant now) {
    if (takeLease(userId, owner, until, now)) {
      return true;
    }
    if (find(userId).isPresent()) {
      return false; // held by someone else
    }
    ensure(userId, now);
    return takeLease(userId, owner, until, now);
  }

  private boolean takeLease(long userId, String owner, Instant until, Instant now) {
    return jdbc.sql(
                "UPDATE sync_connections SET lease_owner = ?, lease_until = ?, updated_at = ?"
                    + " WHERE user_id = ? AND (lease_owner IS NULL OR lease_until IS NULL"
                    + " OR lease_until <= ?)")
            .params(owner, time(until), time(now), userId, time(now))
            .update()
        == 1;
  }

  /** Extends a lease still held by {@code owner}; false when it was lost. */
  public boolean renew(long userId, String owner, Instant until) {
    return jdbc.sql(
                "UPDATE sync_connections SET lease_until = ? WHERE user_id = ? AND lease_owner = ?")
            .params(time(until), userId, owner)
            .update()
        == 1;
  }

  /** Ends every lease of {@code node}'s runs (owners "{node}/{run}"); returns how many. */
  public int releaseAllOf(String node, Instant now) {
    String prefix = node + "/";
    return jdbc.sql(
            "UPDATE sync_connections SET lease_owner = NULL, lease_until = NULL, updated_at = ?"
                + " WHERE LEFT(lease_owner, ?) = ?")
        .params(time(now), prefix.length(), prefix)
        .update();
  }

  /** Ends a lease held by {@code owner} without touching the schedule. */
  public void release(long userId, String owner, Instant now) {
    jdbc.sql(
            "UPDATE sync_connections SET lease_owner = NULL, lease_until = NULL, updated_at = ?"
                + " WHERE user_id = ? AND lease_owner = ?")
        .params(time(now), userId, owner)
        .update();
  }

  /**
   * Ends a lease held by {@code owner} and records the run: when it ended and when the next one is
   * due (null: none, the connection no longer syncs).
   */
  public void finish(long userId, String owner, Instant endedAt, NextRun next, boolean scheduled) {
    jdbc.sql(
            "UPDATE sync_connections SET lease_owner = NULL, lease_until = NULL, last_run_at = ?,"
                + " next_run_at = ?, throttled_until = ?, failures = ?, updated_at = ?"
                + " WHERE user_id = ? AND lease_owner = ?")
        .params(
            time(endedAt),
            scheduled ? time(next.at()) : null,
            time(next.throttledUntil()),
            next.failures(),
            time(endedAt),
            userId,
            owner)
        .update();
  }

  /**
   * Sets when the next run is due (null: none), unless the row changed since {@code seen} was read;
   * true when set.
   */
  public boolean schedule(ConnectionRow seen, Instant nextRunAt, Instant now) {
    return jdbc.sql(
                "UPDATE sync_connections SET next_run_at = ?, updated_at = ? WHERE user_id = ?"
                    + " AND failures = ? AND (last_run_at = ? OR (last_run_at IS NULL AND ?))"
                    + " AND (next_run_at = ? OR (next_run_at IS NULL AND ?))")
            .params(
                time(nextRunAt),
                time(now),
                seen.userId(),
                seen.failures(),
                time(seen.lastRunAt()),
                seen.lastRunAt() == null,
                time(seen.nextRunAt()),
                seen.nextRunAt() == null)
            .update()
        == 1;
  }

  /**
   * The users who may have a usable Microsoft connection (a stored delegated grant or an
   * application-mode link); the account feature decides for each.
   */
  public List<Long> connectedUsers() {
    return jdbc.sql(
            "SELECT user_id FROM microsoft_connections WHERE status = 'CONNECTED'"
                + " UNION SELECT user_id FROM microsoft_user_links")
        .query(Long.class)
        .list();
  }

  /** The users of one organization among {@link #connectedUsers()}. */
  public List<Long> connectedUsers(long organizationId) {
    return jdbc.sql(
            "SELECT id FROM users WHERE organization_id = ? AND id IN (SELECT user_id FROM"
                + " microsoft_connections WHERE status = 'CONNECTED' UNION SELECT user_id FROM"
                + " microsoft_user_links)")
        .param(organizationId)
        .query(Long.class)
        .list();
  }

  private static ConnectionRow row(ResultSet rs, int rowNum) throws SQLException {
    return new ConnectionRow(
        rs.getLong("user_id"),
        rs.getString("lease_owner"),
        instant(rs, "lease_until"),
        instant(rs, "next_run_at"),
        instant(rs, "throttled_until"),
        rs.getInt("failures"),
        instant(rs, "last_run_at"));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
