package com.tandem.server.sync;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncPolicy;
import java.util.function.Supplier;

/**
 * Everything one run of one resource needs, resolved from settings and the connection before it
 * starts.
 *
 * @param userId whose connection runs
 * @param resource what runs
 * @param trigger what started it
 * @param dryRun whether actions are only planned
 * @param policy the direction, conflict strategy and deletion limit
 * @param window the calendar window the settings ask for now
 * @param target where the Microsoft items live, or null until {@code locate} found it
 * @param locate finds where the Microsoft items live (a Graph call for tasks)
 * @param crm the CRM side
 * @param microsoft the Microsoft side
 * @param <F> the kind of item
 */
record RunSetup<F extends SyncFields<F>>(
    long userId,
    SyncResource resource,
    RunTrigger trigger,
    boolean dryRun,
    SyncPolicy policy,
    SyncWindow window,
    MicrosoftTarget target,
    Supplier<MicrosoftTarget> locate,
    CrmItems<F> crm,
    MicrosoftItems<F> microsoft) {

  /** This setup with its Microsoft target found. */
  RunSetup<F> located() {
    return target != null
        ? this
        : new RunSetup<>(
            userId,
            resource,
            trigger,
            dryRun,
            policy,
            window,
            locate.get(),
            locate,
            crm,
            microsoft);
  }
}
