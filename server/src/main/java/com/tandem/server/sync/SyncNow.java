package com.tandem.server.sync;

import java.util.List;
import java.util.Set;

/** Runs a connection at once, outside its schedule (the Sync now button and API). */
public interface SyncNow {

  /**
   * Takes the connection's lease and runs the given resources (every enabled one when empty), then
   * moves the next scheduled run one interval on. Throws {@link ConnectionBusyException} when a run
   * of the connection is going on elsewhere.
   */
  List<RunReport> run(long userId, Set<SyncResource> resources, RunTrigger trigger, boolean dryRun);
}
