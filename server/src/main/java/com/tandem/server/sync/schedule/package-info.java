/**
 * When connections run, on every node.
 *
 * <p>Each connection that syncs has one db-scheduler execution (task {@code sync-connection},
 * instance = user id) that runs it ({@link com.tandem.server.sync.schedule.RunConnection}) and
 * reschedules itself: one interval after the run ended, at Microsoft's Retry-After when throttled,
 * after an exponential back-off when failed ({@link com.tandem.server.sync.schedule.Backoff}).
 * {@code sync_connections.next_run_at} is the truth people see; the execution is only the wake-up.
 * The connection lease ({@link com.tandem.server.sync.schedule.ConnectionLeases}, a conditional
 * UPDATE of {@code sync_connections}) keeps the scheduled run and Sync now ({@link
 * com.tandem.server.sync.schedule.RunNow}) apart on every node; a dead node's lease runs out. A
 * recurring pass ({@code sync-schedules}, one node at a time) and settings changes bring every
 * schedule in line with the connections and settings.
 *
 * <p>Depends on {@code sync.run}, {@code sync.resource} and the account and settings features;
 * never on the web layer or a resource.
 */
package com.tandem.server.sync.schedule;
