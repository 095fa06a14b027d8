/**
 * Sync runs: keeps each connected user's CRM calendar and tasks in step with Outlook and Microsoft
 * To Do.
 *
 * <p>How a run goes: the scheduler (or Sync now) takes the connection's lease, then asks {@link
 * com.tandem.server.sync.ResourceRun} to sync one {@link com.tandem.server.sync.SyncResource}. The
 * run reads the Graph delta through {@link com.tandem.server.sync.MicrosoftItems} and the CRM
 * change feed through {@link com.tandem.server.sync.CrmItems}, asks the engine for a plan, carries
 * out each action durably and records what it did as a {@link com.tandem.server.sync.RunReport}.
 *
 * <p>Scheduling: each connection that syncs has one db-scheduler execution (task {@code
 * sync-connection}, instance = user id) that runs the connection and reschedules itself for the
 * next run: one interval after the run ended, at Microsoft's Retry-After when throttled, after an
 * exponential back-off when failed. {@code sync_connections.next_run_at} is the truth people see;
 * the execution is only the wake-up. The connection lease (a conditional UPDATE of {@code
 * sync_connections}) keeps the scheduled run and Sync now apart on every node; a dead node's lease
 * runs out. A recurring pass ({@code sync-schedules}, one node at a time) and settings changes
 * bring every schedule in line with the connections and settings.
 */
package com.tandem.server.sync;
