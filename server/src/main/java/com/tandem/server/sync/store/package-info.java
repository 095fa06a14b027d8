/**
 * The sync tables a run reads and writes: links and their synced fields ({@code sync_links}), each
 * resource's cursors ({@code sync_resources}), the run log ({@code sync_runs}, {@code
 * sync_run_items}), conflicts and deletion holds, and the read-only view the pages and the API take
 * of them ({@link com.tandem.server.sync.store.JdbcSyncReads}).
 *
 * <p>Depends on {@code sync.resource} (a resource names its rows and gives the JSON of its fields),
 * {@code sync} and {@code database}; never on the run, the scheduler or the web layer. {@link
 * com.tandem.server.sync.store.SyncTables} hands a run the tables it writes.
 */
package com.tandem.server.sync.store;
