package com.tandem.server.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The change feed in {@code activity_changes}. Seqs come from the one row of {@code
 * activity_feed_counter}: incrementing it locks the row until the writer commits, so no other
 * writer can take a seq in between and seqs commit in order (see the package description).
 */
@Repository
class JdbcChangeFeed implements ChangeFeed {

  private static final String COLUMNS =
      "c.seq, c.item_type, c.item_id, c.user_id, c.op, c.origin, c.changed_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcChangeFeed(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<Change> read(long afterSeq, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM activity_changes c WHERE c.seq > ? ORDER BY c.seq LIMIT ?")
        .params(afterSeq, checkedLimit(limit))
        .query(JdbcChangeFeed::change)
        .list();
  }

  @Override
  public List<Change> readForUser(long userId, long afterSeq, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM activity_changes c WHERE c.user_id = ? AND c.seq > ?"
                + " ORDER BY c.seq LIMIT ?")
        .params(userId, afterSeq, checkedLimit(limit))
        .query(JdbcChangeFeed::change)
        .list();
  }

  @Override
  public List<Change> readForOrganization(long organizationId, long afterSeq, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM activity_changes c JOIN users u ON u.id = c.user_id"
                + " WHERE u.organization_id = ? AND c.seq > ? ORDER BY c.seq LIMIT ?")
        .params(organizationId, afterSeq, checkedLimit(limit))
        .query(JdbcChangeFeed::change)
        .list();
  }

  @Override
  public long append(ChangeType type, String id, long userId, ChangeOp op, Origin origin) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("a change must be appended in the writer's transaction");
    }
    jdbc.sql("UPDATE activity_feed_counter SET last_seq = last_seq + 1 WHERE id = 1").update();
    long seq =
        jdbc.sql("SELECT last_seq FROM activity_feed_counter WHERE id = 1")
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO activity_changes (seq, item_type, item_id, user_id, op, origin,"
                + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            seq,
            type.name(),
            id,
            userId,
            op.name(),
            origin.name(),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
    return seq;
  }

  private static int checkedLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit < 1");
    }
    return limit;
  }

  private static Change change(ResultSet rs, int row) throws SQLException {
    return new Change(
        rs.getLong("seq"),
        ChangeType.valueOf(rs.getString("item_type")),
        rs.getString("item_id"),
        rs.getLong("user_id"),
        ChangeOp.valueOf(rs.getString("op")),
        Origin.valueOf(rs.getString("origin")),
        rs.getObject("changed_at", OffsetDateTime.class).toInstant());
  }
}
