package com.tandem.server.sync.web;

import com.tandem.server.directory.Actor;
import com.tandem.server.sync.ConnectionBusyException;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncNow;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.resource.SyncedResources;
import com.tandem.server.sync.store.HoldAlreadyDecidedException;
import com.tandem.server.sync.store.HoldDecisions;
import com.tandem.server.sync.store.HoldNotFoundException;
import com.tandem.server.sync.store.JdbcSyncReads;
import com.tandem.server.sync.store.SyncRecords;
import com.tandem.server.web.ConflictException;
import com.tandem.server.web.InvalidInputException;
import com.tandem.server.web.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Sync now and the decisions on held deletions, for the pages and the API alike. */
@Component
class SyncActions {

  private final SyncAccess access;
  private final JdbcSyncReads reads;
  // Looked up per call: the scheduler and the runs provide them, and the pages work without.
  private final ObjectProvider<SyncNow> syncNow;
  private final ObjectProvider<HoldDecisions> holds;
  private final SyncedResources synced;

  SyncActions(
      SyncAccess access,
      JdbcSyncReads reads,
      ObjectProvider<SyncNow> syncNow,
      ObjectProvider<HoldDecisions> holds,
      SyncedResources synced) {
    this.access = access;
    this.reads = reads;
    this.syncNow = syncNow;
    this.holds = holds;
    this.synced = synced;
  }

  /** Runs the resources (every enabled one when empty) at once, or only plans them. */
  List<RunReport> syncNow(Actor actor, long userId, Set<SyncResource> resources, boolean dryRun) {
    access.user(actor, userId);
    for (SyncResource resource : resources) {
      if (synced.find(resource).isEmpty()) {
        throw InvalidInputException.of(
            "resource",
            resource.name().toLowerCase(Locale.ROOT) + " synchronization is not available");
      }
    }
    try {
      return available(syncNow).run(userId, resources, RunTrigger.SYNC_NOW, dryRun);
    } catch (ConnectionBusyException e) {
      throw new ConflictException(
          null, "A sync run of this connection is going on; try again once it has finished.");
    }
  }

  /** Approves or discards a held deletion; returns it as it stands afterwards. */
  SyncRecords.Hold decide(Actor actor, long userId, long holdId, boolean approve) {
    access.decide(actor, userId);
    SyncRecords.Hold hold =
        reads
            .hold(userId, holdId)
            .orElseThrow(() -> new NotFoundException("No held deletion " + holdId + "."));
    if (!hold.waiting()) {
      throw alreadyDecided(hold.status());
    }
    HoldDecisions decisions = available(holds);
    try {
      if (approve) {
        decisions.approve(userId, holdId, actor.userId());
      } else {
        decisions.discard(userId, holdId, actor.userId());
      }
    } catch (HoldAlreadyDecidedException e) {
      // Decided by someone else between our read and the write.
      throw new ConflictException(null, "The held deletion was already decided.");
    } catch (HoldNotFoundException e) {
      throw new NotFoundException("No held deletion " + holdId + ".");
    }
    return reads.hold(userId, holdId).orElseThrow();
  }

  private static ConflictException alreadyDecided(String status) {
    return new ConflictException(null, "The held deletion was already decided (" + status + ").");
  }

  private static <T> T available(ObjectProvider<T> provider) {
    T bean = provider.getIfAvailable();
    if (bean == null) {
      throw new ResponseStatusException(
          HttpStatus.SERVICE_UNAVAILABLE, "Synchronization is not available on this server.");
    }
    return bean;
  }
}
