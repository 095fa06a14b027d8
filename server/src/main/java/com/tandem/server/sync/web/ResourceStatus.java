package com.tandem.server.sync.web;

import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.store.SyncRecords;
import java.time.Instant;

/**
 * Where one resource of a user's connection stands, as people see it.
 *
 * @param resource CALENDAR, TASKS or EMAIL
 * @param enabled whether it syncs: switched on for the system and the user, and the account usable
 * @param off why it does not sync (a {@link Off} name), or null when enabled
 * @param lastRun the last finished run, or null
 * @param nextRunAt when it runs next, or null when it does not sync
 * @param state its state
 * @param problem what the last run reported going wrong, or null
 * @param throttledUntil while Microsoft throttles the connection, until when; else null
 * @param waitingHolds held deletions waiting for a decision
 */
record ResourceStatus(
    String resource,
    boolean enabled,
    String off,
    SyncRecords.Run lastRun,
    Instant nextRunAt,
    SyncState state,
    String problem,
    Instant throttledUntil,
    int waitingHolds) {

  /** Why a resource does not sync. */
  enum Off {
    /** This server does not sync the resource yet. */
    NOT_AVAILABLE,
    /** The system switch (Integrations) is off. */
    SWITCHED_OFF_FOR_SYSTEM,
    /** Off in the user's resolved settings. */
    SWITCHED_OFF,
    /** No Microsoft account is connected (or linked). */
    NOT_CONNECTED,
    /** The Microsoft account must be connected again. */
    RECONNECT_REQUIRED
  }
}
