package com.tandem.server.sync.run;

import com.tandem.server.sync.resource.SyncWindow;
import com.tandem.server.sync.store.ResourceCursor;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a run's Microsoft read starts: the stored link, or a fresh round over the window when there
 * is none, the To Do list changed or the calendar window moved too far. A connection's run reads
 * the first pages of its resources ahead in one batch by the same choice the run then makes.
 *
 * @param link the stored delta or next link to go on from, or null for a fresh round
 * @param window the window the round covers (a resumed round keeps the one it was started with)
 */
record DeltaRound(String link, SyncWindow window) {

  /** How far the calendar window may drift before the delta round is started afresh. */
  static final Duration WINDOW_DRIFT = Duration.ofDays(7);

  /** Checks the window. */
  DeltaRound {
    Objects.requireNonNull(window, "window == null");
  }

  /**
   * The round a run reads, given what is stored and what the run wants now.
   *
   * @param windowed whether the resource's rounds cover the window
   * @param listId the To Do list the run reads (null for the calendar)
   */
  static DeltaRound choose(
      ResourceCursor cursor, boolean windowed, SyncWindow wanted, String listId) {
    SyncWindow stored = cursor.window();
    boolean listChanged = !Objects.equals(cursor.listId(), listId);
    boolean windowMoved =
        windowed
            && (stored == null
                || !Duration.between(stored.from(), stored.to())
                    .equals(Duration.between(wanted.from(), wanted.to()))
                || Duration.between(stored.from(), wanted.from()).abs().compareTo(WINDOW_DRIFT)
                    > 0);
    if (cursor.deltaLink() == null || listChanged || windowMoved) {
      return new DeltaRound(null, wanted);
    }
    // The delta round goes on over the window it was started with.
    return new DeltaRound(cursor.deltaLink(), stored == null ? wanted : stored);
  }
}
