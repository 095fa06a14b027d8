package com.tandem.server.sync;

/**
 * Carries out one run of one resource of one user's connection. The caller holds the connection's
 * lease, so no other run of the same connection goes on meanwhile, on this node or another.
 */
public interface ResourceRun {

  /**
   * Syncs the resource and records the run (unless {@code dryRun}). Throttling, a connection that
   * needs reconnecting and other failures end the run with the matching {@link RunOutcome}, not an
   * exception; what was applied before stays applied.
   */
  RunReport run(long userId, SyncResource resource, RunTrigger trigger, boolean dryRun);
}
