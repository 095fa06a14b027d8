/**
 * Reconciliation: from the changes both sides reported and the recorded links, the actions of one
 * sync run.
 *
 * <p>{@link com.tandem.engine.reconcile.Reconciler#plan Reconciler.plan} takes a {@link
 * com.tandem.engine.reconcile.SyncPolicy} and a {@link com.tandem.engine.reconcile.SyncInput} and
 * returns a {@link com.tandem.engine.reconcile.Plan} of {@link
 * com.tandem.engine.reconcile.SyncAction}s. An item counts as changed only when its version moved
 * and its content hash changed, so Tandem's own writes (recorded in the link) never bounce back.
 */
package com.tandem.engine.reconcile;
