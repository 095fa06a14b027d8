package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncPolicy;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.resource.CrmItems;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SyncWindow;
import com.tandem.server.sync.resource.SyncedResource;
import com.tandem.server.sync.store.ResourceCursor;
import java.util.function.Supplier;

/**
 * Everything one run of one resource needs, resolved from settings and the connection before it
 * starts.
 *
 * @param request whose run of what, started by what, and whether actions are only planned
 * @param resource what runs
 * @param policy the direction, conflict strategy and deletion limit
 * @param window the sync window the settings ask for now
 * @param cursor where the resource stood after the last run, read once when the run was asked for
 * @param microsoft the Microsoft side as this run reads it (its first page perhaps read ahead)
 * @param target where the Microsoft items live, or null until {@code locate} found it
 * @param locate finds where the Microsoft items live (a Graph call for tasks)
 * @param <F> the kind of item
 */
record RunContext<F extends SyncFields<F>>(
    RunRequest request,
    SyncedResource<F> resource,
    SyncPolicy policy,
    SyncWindow window,
    ResourceCursor cursor,
    MicrosoftItems<F> microsoft,
    MicrosoftTarget target,
    Supplier<MicrosoftTarget> locate) {

  /** Whose connection runs. */
  long userId() {
    return request.userId();
  }

  /** The resource's name. */
  SyncResource id() {
    return resource.id();
  }

  /** What started the run. */
  RunTrigger trigger() {
    return request.trigger();
  }

  /** Whether actions are only planned. */
  boolean dryRun() {
    return request.dryRun();
  }

  /** The CRM side. */
  CrmItems<F> crm() {
    return resource.crm();
  }

  /** This setup with its Microsoft target found. */
  RunContext<F> located() {
    return target != null ? this : at(locate.get(), microsoft);
  }

  /** This setup reading the Microsoft side through {@code side}, at {@code target}. */
  RunContext<F> at(MicrosoftTarget found, MicrosoftItems<F> side) {
    return new RunContext<>(request, resource, policy, window, cursor, side, found, locate);
  }

  /**
   * Where the run's Microsoft read starts at {@code at}: the stored link, or a fresh round (see
   * {@link DeltaRound}). The read-ahead and the run ask the same question of the same cursor.
   */
  DeltaRound round(MicrosoftTarget at) {
    return DeltaRound.choose(cursor, resource.windowed(), window, at.listId());
  }
}
