/**
 * Email import: reads the chosen folders of a mailbox (a user's, or an organization's system
 * mailbox) with Graph's message delta, one round per folder, and records every message into {@code
 * email}'s store, where it is kept once per organization. The first import reaches back the
 * configured number of days; Graph ends such a filtered round after 5,000 messages, so the rest of
 * that history is listed in date windows afterwards, newest first, resumable after a crash. Later
 * runs go on from each folder's delta link; an expired link starts that folder again
 * (de-duplication makes the re-read harmless).
 *
 * <p>It uses {@code email}, {@code settings} and the Graph client. It is not yet one of the
 * resources {@code resource.SyncedResources} schedules: the scheduler, Sync now and the status
 * pages reach it once email joins the resource contract.
 */
package com.tandem.server.sync.email;
