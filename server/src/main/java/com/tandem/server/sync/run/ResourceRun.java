package com.tandem.server.sync.run;

import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import java.util.List;

/**
 * Carries out one run of one resource of one user's connection. The caller holds the connection's
 * lease, so no other run of the same connection goes on meanwhile, on this node or another.
 */
public interface ResourceRun {

  /**
   * Reads ahead, for a run of the connection, the first page of each resource's changes (together,
   * in one Graph batch, where the resources allow it); never throws: a failure is met by the run it
   * belongs to. Runs that read nothing ahead read for themselves.
   */
  default ReadAhead readAhead(
      long userId, List<SyncResource> resources, RunTrigger trigger, boolean dryRun) {
    return ReadAhead.NONE;
  }

  /**
   * Syncs the resource, starting from what {@code ahead} read for it, and records the run (unless a
   * dry run). Throttling, a connection that needs reconnecting and other failures end the run with
   * the matching {@link RunOutcome}, not an exception; what was applied before stays applied.
   */
  RunReport run(RunRequest request, ReadAhead ahead);

  /** A run of one resource on its own (its first page read in a batch of its own). */
  default RunReport run(long userId, SyncResource resource, RunTrigger trigger, boolean dryRun) {
    return run(
        new RunRequest(userId, resource, trigger, dryRun),
        readAhead(userId, List.of(resource), trigger, dryRun));
  }
}
