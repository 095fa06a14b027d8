/**
 * Sync: keeps each connected user's CRM items in step with Microsoft 365, one {@link
 * com.tandem.server.sync.SyncResource} at a time (calendar events, tasks; email is named but not
 * available yet).
 *
 * <p>This package holds what the rest of the server sees of sync: the names of the resources, what
 * starts a run ({@link com.tandem.server.sync.RunTrigger}, {@link com.tandem.server.sync.SyncNow})
 * and what a run reports ({@link com.tandem.server.sync.RunReport}). The steps of a run live in the
 * sub-packages, one each, in the order a run goes through them:
 *
 * <ol>
 *   <li>{@code schedule}: when a connection runs, its lease across nodes, Sync now, back-off after
 *       throttling or failure, and which resources a connection syncs;
 *   <li>{@code run}: one run of one resource, from reading the changes of both sides page by page,
 *       through the engine's plan, to carrying out each action durably and recording what it did;
 *   <li>{@code store}: the sync tables a run reads and writes (links, cursors, the run log,
 *       conflicts and deletion holds);
 *   <li>{@code resource}: the contract every resource fills in (its settings, its CRM side, its
 *       Microsoft side) and what the sides share;
 *   <li>{@code calendar} and {@code tasks}: the two resources that fill it in;
 *   <li>{@code web}: the sync API and pages (status, Sync now, run history, conflicts, holds).
 * </ol>
 *
 * <p>Allowed dependencies, checked by {@code ArchitectureTest}: this package depends on none of its
 * sub-packages; {@code resource} on this package only; {@code calendar} and {@code tasks} on {@code
 * resource}; {@code store} on {@code resource}; {@code run} on {@code store} and {@code resource};
 * {@code schedule} on {@code run} and {@code resource}; {@code web} on {@code store} and {@code
 * resource}. No other package names {@code calendar} or {@code tasks}: each resource is a Spring
 * bean that {@code resource.SyncedResources} collects, so a new resource is a new package beside
 * them.
 */
package com.tandem.server.sync;
