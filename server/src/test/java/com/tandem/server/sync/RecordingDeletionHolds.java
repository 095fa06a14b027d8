package com.tandem.server.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decisions on held deletions for tests, written the way the runs' store records them (status, who,
 * when), so that the pages and the API show the outcome.
 */
class RecordingDeletionHolds implements DeletionHolds {

  private final JdbcClient jdbc;
  private final Clock clock;

  RecordingDeletionHolds(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void approve(long userId, long holdId, long decidedBy) {
    decide(userId, holdId, decidedBy, "APPROVED");
  }

  @Override
  public void discard(long userId, long holdId, long decidedBy) {
    decide(userId, holdId, decidedBy, "DISCARDED");
  }

  private void decide(long userId, long holdId, long decidedBy, String status) {
    int changed =
        jdbc.sql(
                "UPDATE sync_deletion_holds SET status = ?, decided_by = ?, decided_at = ?"
                    + " WHERE id = ? AND user_id = ? AND status = 'WAITING'")
            .params(
                status,
                decidedBy,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                holdId,
                userId)
            .update();
    if (changed == 0) {
      throw new IllegalStateException("hold " + holdId + " is unknown or already decided");
    }
  }
}
