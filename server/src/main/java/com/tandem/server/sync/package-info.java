/**
 * Sync runs: keeps each connected user's CRM calendar and tasks in step with Outlook and Microsoft
 * To Do.
 *
 * <p>How a run goes: the scheduler (or Sync now) takes the connection's lease, then asks {@link
 * com.tandem.server.sync.ResourceRun} to sync one {@link com.tandem.server.sync.SyncResource}. The
 * run reads the Graph delta through {@link com.tandem.server.sync.MicrosoftItems} and the CRM
 * change feed through {@link com.tandem.server.sync.CrmItems}, asks the engine for a plan, carries
 * out each action durably and records what it did as a {@link com.tandem.server.sync.RunReport}.
 */
package com.tandem.server.sync;
