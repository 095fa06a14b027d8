package com.tandem.server.activity;

import jakarta.annotation.PostConstruct;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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

  /**
   * A user's change names the user (whose organization it belongs to), an organization's item's
   * change the organization.
   */
  private static final String FROM =
      "SELECT c.seq, c.item_type, c.item_id, c.user_id, c.op, c.origin, c.changed_at,"
          + " COALESCE(c.organization_id, u.organization_id) AS owner_organization"
          + " FROM activity_changes c LEFT JOIN users u ON u.id = c.user_id";

  private static final Logger log = LoggerFactory.getLogger(JdbcChangeFeed.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;

  JdbcChangeFeed(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
  }

  /**
   * At start, before any writer: the counter is put back ahead of every seq in the feed. H2 has
   * been seen to recover from a kill with a feed row whose counter update it had lost (CrashIT,
   * seed 5088388334203960159), after which every write that took that seq again failed.
   */
  @PostConstruct
  void counterAheadOfTheFeed() {
    long highest =
        jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM activity_changes").query(Long.class).single();
    int moved =
        jdbc.sql("UPDATE activity_feed_counter SET last_seq = ? WHERE id = 1 AND last_seq < ?")
            .params(highest, highest)
            .update();
    if (moved > 0) {
      log.warn(
          "The change feed's counter was behind its last entry {}; it goes on from there", highest);
    }
  }

  @Override
  public List<Change> read(long afterSeq, int limit) {
    return jdbc.sql(FROM + " WHERE c.seq > ? ORDER BY c.seq LIMIT ?")
        .params(afterSeq, checkedLimit(limit))
        .query(JdbcChangeFeed::change)
        .list();
  }

  @Override
  public List<Change> readForUser(long userId, long afterSeq, int limit) {
    return usersAndOrganization(
        "c.user_id = ?",
        userId,
        "c.organization_id = (SELECT m.organization_id FROM users m WHERE m.id = ?)",
        userId,
        afterSeq,
        limit);
  }

  @Override
  public List<Change> readForUser(
      long userId, ChangeType type, Origin leftOut, long afterSeq, long throughSeq, int limit) {
    return jdbc.sql(
            FROM
                + " WHERE c.user_id = ? AND c.seq > ? AND c.seq <= ?"
                + " AND c.item_type = ? AND c.origin <> ? ORDER BY c.seq LIMIT ?")
        .params(userId, afterSeq, throughSeq, type.name(), leftOut.name(), checkedLimit(limit))
        .query(JdbcChangeFeed::change)
        .list();
  }

  @Override
  public long lastSeq() {
    return jdbc.sql("SELECT last_seq FROM activity_feed_counter WHERE id = 1")
        .query(Long.class)
        .single();
  }

  @Override
  public List<Change> readForOrganization(long organizationId, long afterSeq, int limit) {
    return usersAndOrganization(
        "u.organization_id = ?",
        organizationId,
        "c.organization_id = ?",
        organizationId,
        afterSeq,
        limit);
  }

  @Override
  public long append(ChangeType type, String id, long ownerId, ChangeOp op, Origin origin) {
    return appendAll(type, List.of(id), ownerId, op, origin);
  }

  @Override
  public long appendAll(
      ChangeType type, List<String> ids, long ownerId, ChangeOp op, Origin origin) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("a change must be appended in the writer's transaction");
    }
    // Taking the seqs moves the counter row, which holds the feed's lock until the commit: changes
    // become visible in seq order.
    jdbc.sql("UPDATE activity_feed_counter SET last_seq = last_seq + ? WHERE id = 1")
        .param(ids.size())
        .update();
    long last = lastSeq();
    if (ids.isEmpty()) {
      return last;
    }
    OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    long first = last - ids.size() + 1;
    List<Object[]> rows = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      rows.add(
          new Object[] {first + i, type.name(), ids.get(i), ownerId, op.name(), origin.name(), at});
    }
    // the owner's column is one of two of Tandem's own names, never input
    batch.batchUpdate(
        "INSERT INTO activity_changes (seq, item_type, item_id, "
            + type.owner().column
            + ", op, origin, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows);
    return last;
  }

  /**
   * The changes of users' items that match {@code usersWhere} and of organizations' items that
   * match {@code organizationWhere}, after {@code afterSeq}, a page of them in seq order: two reads
   * along their own indexes, each a page long, merged (a change has one owner column, so they never
   * overlap).
   */
  private List<Change> usersAndOrganization(
      String usersWhere,
      long usersParam,
      String organizationWhere,
      long organizationParam,
      long afterSeq,
      int limit) {
    int page = checkedLimit(limit);
    return jdbc.sql(
            "SELECT * FROM (("
                + FROM
                + " WHERE c.user_id IS NOT NULL AND "
                + usersWhere
                + " AND c.seq > ? ORDER BY c.seq LIMIT ?) UNION ALL ("
                + FROM
                + " WHERE "
                + organizationWhere
                + " AND c.seq > ? ORDER BY c.seq LIMIT ?)) found ORDER BY found.seq LIMIT ?")
        .params(usersParam, afterSeq, page, organizationParam, afterSeq, page, page)
        .query(JdbcChangeFeed::change)
        .list();
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
        rs.getObject("user_id", Long.class),
        rs.getLong("owner_organization"),
        ChangeOp.valueOf(rs.getString("op")),
        Origin.valueOf(rs.getString("origin")),
        rs.getObject("changed_at", OffsetDateTime.class).toInstant());
  }
}
