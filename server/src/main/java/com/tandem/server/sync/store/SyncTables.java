package com.tandem.server.sync.store;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.server.database.Durability;
import com.tandem.server.sync.resource.SyncedResource;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sync tables as one run writes them: its links, its cursors, the run log, conflicts, holds.
 */
@Component
public class SyncTables {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate tx;
  private final Durability durability;
  private final JdbcResourceCursors cursors;
  private final JdbcRunLog runLog;
  private final JdbcConflicts conflicts;
  private final JdbcDeletionHolds holds;

  public SyncTables(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      Durability durability,
      JdbcResourceCursors cursors,
      JdbcRunLog runLog,
      JdbcConflicts conflicts,
      JdbcDeletionHolds holds) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batch = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(transactions);
    this.durability = durability;
    this.cursors = cursors;
    this.runLog = runLog;
    this.conflicts = conflicts;
    this.holds = holds;
  }

  /** The links of one user's resource, each rewrite one transaction, intents written to disk. */
  public <F extends SyncFields<F>> Links<F> links(long userId, SyncedResource<F> resource) {
    return new JdbcLinks<>(jdbc, batch, tx, durability::now, userId, resource);
  }

  /** Each user's resource state, delta link and change-feed cursor. */
  public JdbcResourceCursors cursors() {
    return cursors;
  }

  /** The run history and each run's item log. */
  public JdbcRunLog runLog() {
    return runLog;
  }

  /** Items changed on both sides. */
  public JdbcConflicts conflicts() {
    return conflicts;
  }

  /** Deletions held for an administrator's decision. */
  public JdbcDeletionHolds holds() {
    return holds;
  }
}
