package com.tandem.server.sync.store;

import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.resource.SyncedResource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * The sync_deletion_holds rows: WAITING until an administrator decides, APPROVED or DISCARDED until
 * the next run carries the decision out, then DONE.
 */
@Service
public class JdbcDeletionHolds implements HoldDecisions {

  static final String WAITING = "WAITING";
  static final String APPROVED = "APPROVED";
  static final String DISCARDED = "DISCARDED";
  static final String DONE = "DONE";

  private final JdbcClient jdbc;
  private final Clock clock;

  public JdbcDeletionHolds(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void approve(long userId, long holdId, long decidedBy) {
    decide(userId, holdId, decidedBy, APPROVED);
  }

  @Override
  public void discard(long userId, long holdId, long decidedBy) {
    decide(userId, holdId, decidedBy, DISCARDED);
  }

  private void decide(long userId, long holdId, long decidedBy, String status) {
    int changed =
        jdbc.sql(
                "UPDATE sync_deletion_holds SET status = ?, decided_by = ?, decided_at = ?"
                    + " WHERE id = ? AND user_id = ? AND status = ?")
            .params(status, decidedBy, now(), holdId, userId, WAITING)
            .update();
    if (changed == 0) {
      String current =
          jdbc.sql("SELECT status FROM sync_deletion_holds WHERE id = ? AND user_id = ?")
              .params(holdId, userId)
              .query(String.class)
              .optional()
              .orElseThrow(() -> new HoldNotFoundException(holdId));
      throw new HoldAlreadyDecidedException(holdId, current);
    }
  }

  /** Whether a hold of the resource waits for a decision. */
  public boolean waiting(long userId, SyncResource resource) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM sync_deletion_holds WHERE user_id = ? AND resource = ?"
                    + " AND status = ?")
            .params(userId, resource.name(), WAITING)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The holds of the resource decided but not yet carried out, oldest first. */
  public <F extends SyncFields<F>> List<DecidedHold<F>> decided(
      long userId, SyncedResource<F> resource) {
    FieldsJson<F> json = FieldsJson.of(resource.fieldsType());
    return jdbc.sql(
            "SELECT id, side, deletions, linked_items, status FROM sync_deletion_holds"
                + " WHERE user_id = ? AND resource = ? AND status IN (?, ?) ORDER BY id")
        .params(userId, resource.id().name(), APPROVED, DISCARDED)
        .query(
            (rs, n) ->
                new DecidedHold<F>(
                    rs.getLong("id"),
                    Side.valueOf(rs.getString("side")),
                    json.readLinks(rs.getString("deletions")),
                    rs.getInt("linked_items"),
                    APPROVED.equals(rs.getString("status"))))
        .list();
  }

  /** Records held deletions waiting for a decision; returns the hold's id. */
  public <F extends SyncFields<F>> long hold(
      long userId, SyncedResource<F> resource, Long runId, SyncAction.HoldForApproval<F> hold) {
    FieldsJson<F> json = FieldsJson.of(resource.fieldsType());
    List<SyncLink<F>> links = hold.deletions().stream().map(SyncAction.Delete::link).toList();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO sync_deletion_holds (user_id, resource, run_id, side, linked_items,"
                + " deletions, item_count, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            userId,
            resource.id().name(),
            runId,
            hold.side().name(),
            hold.linkedItems(),
            json.writeLinks(links),
            links.size(),
            WAITING,
            now())
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Marks a decided hold as carried out. */
  public void done(long holdId) {
    jdbc.sql("UPDATE sync_deletion_holds SET status = ? WHERE id = ?")
        .params(DONE, holdId)
        .update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
