package com.tandem.server.sync.store;

import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.resource.SyncWindow;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sync_resources rows: each user's resource state, delta link and change-feed cursor. */
@Repository
public class JdbcResourceCursors {

  private final JdbcClient jdbc;
  private final Clock clock;

  public JdbcResourceCursors(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<ResourceCursor> find(long userId, SyncResource resource) {
    return jdbc.sql(
            "SELECT state, delta_link, window_from, window_to, crm_cursor, list_id, last_run_id,"
                + " problem FROM sync_resources WHERE user_id = ? AND resource = ?")
        .params(userId, resource.name())
        .query(
            (rs, n) ->
                new ResourceCursor(
                    SyncState.valueOf(rs.getString("state")),
                    rs.getString("delta_link"),
                    JdbcLinks.instant(rs, "window_from"),
                    JdbcLinks.instant(rs, "window_to"),
                    rs.getLong("crm_cursor"),
                    rs.getString("list_id"),
                    (Long) rs.getObject("last_run_id", Long.class),
                    rs.getString("problem")))
        .optional();
  }

  public ResourceCursor findOrNew(long userId, SyncResource resource) {
    return find(userId, resource).orElse(ResourceCursor.NEW);
  }

  /** Sets the state people see (and the run and problem behind it), creating the row if needed. */
  public void state(
      long userId, SyncResource resource, SyncState state, Long runId, String problem) {
    ensure(userId, resource);
    jdbc.sql(
            "UPDATE sync_resources SET state = ?, last_run_id = COALESCE(?, last_run_id),"
                + " problem = ?, updated_at = ? WHERE user_id = ? AND resource = ?")
        .params(state.name(), runId, problem, now(), userId, resource.name())
        .update();
  }

  /** Records the Graph link applied up to, with the window and list it belongs to. */
  public void deltaLink(
      long userId, SyncResource resource, String link, SyncWindow window, String listId) {
    ensure(userId, resource);
    jdbc.sql(
            "UPDATE sync_resources SET delta_link = ?, window_from = ?, window_to = ?,"
                + " list_id = ?, updated_at = ? WHERE user_id = ? AND resource = ?")
        .params(
            link,
            window == null ? null : OffsetDateTime.ofInstant(window.from(), ZoneOffset.UTC),
            window == null ? null : OffsetDateTime.ofInstant(window.to(), ZoneOffset.UTC),
            listId,
            now(),
            userId,
            resource.name())
        .update();
  }

  /** Records the Graph link and the change-feed seq a whole run applied up to, together. */
  public void advance(
      long userId,
      SyncResource resource,
      String link,
      SyncWindow window,
      String listId,
      long crmSeq) {
    ensure(userId, resource);
    jdbc.sql(
            "UPDATE sync_resources SET delta_link = ?, window_from = ?, window_to = ?,"
                + " list_id = ?, crm_cursor = ?, updated_at = ? WHERE user_id = ? AND resource = ?")
        .params(
            link,
            window == null ? null : OffsetDateTime.ofInstant(window.from(), ZoneOffset.UTC),
            window == null ? null : OffsetDateTime.ofInstant(window.to(), ZoneOffset.UTC),
            listId,
            crmSeq,
            now(),
            userId,
            resource.name())
        .update();
  }

  /** Records the last change-feed seq applied. */
  public void crmCursor(long userId, SyncResource resource, long seq) {
    ensure(userId, resource);
    jdbc.sql(
            "UPDATE sync_resources SET crm_cursor = ?, updated_at = ?"
                + " WHERE user_id = ? AND resource = ?")
        .params(seq, now(), userId, resource.name())
        .update();
  }

  private void ensure(long userId, SyncResource resource) {
    // The connection's lease keeps runs of one user apart, so no other writer races this insert.
    int present =
        jdbc.sql("SELECT COUNT(*) FROM sync_resources WHERE user_id = ? AND resource = ?")
            .params(userId, resource.name())
            .query(Integer.class)
            .single();
    if (present == 0) {
      jdbc.sql(
              "INSERT INTO sync_resources (user_id, resource, state, crm_cursor, updated_at)"
                  + " VALUES (?, ?, ?, 0, ?)")
          .params(userId, resource.name(), SyncState.IDLE.name(), now())
          .update();
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
