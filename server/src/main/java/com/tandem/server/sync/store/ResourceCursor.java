package com.tandem.server.sync.store;

import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.resource.SyncWindow;
import java.time.Instant;

/**
 * Where one user's resource stands between runs (a sync_resources row).
 *
 * @param state what people see
 * @param deltaLink the Graph link applied up to, or null: the next run reads everything
 * @param windowFrom the start of the calendar window the delta link was started over, or null
 * @param windowTo the end of that window, or null
 * @param crmCursor the last change-feed seq applied
 * @param listId for tasks, the To Do list the delta link belongs to, or null
 * @param lastRunId the last recorded run, or null
 * @param problem why the last run did not succeed, or null
 */
public record ResourceCursor(
    SyncState state,
    String deltaLink,
    Instant windowFrom,
    Instant windowTo,
    long crmCursor,
    String listId,
    Long lastRunId,
    String problem) {

  /** A resource that never ran. */
  public static final ResourceCursor NEW =
      new ResourceCursor(SyncState.IDLE, null, null, null, 0, null, null, null);

  /** The window the delta link was started over, or null. */
  public SyncWindow window() {
    return windowFrom == null || windowTo == null ? null : new SyncWindow(windowFrom, windowTo);
  }
}
