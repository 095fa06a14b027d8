/**
 * The CRM's activities: calendar events and tasks per user, versioned, kept as tombstones when
 * deleted, and a change feed of every write.
 *
 * <p>The public port for other features (the sync engine above all) is small: {@link
 * com.tandem.server.activity.CalendarEvents} and {@link com.tandem.server.activity.Tasks} read and
 * write items with an {@link com.tandem.server.activity.Origin} and an optional expected version;
 * {@link com.tandem.server.activity.ChangeFeed} reads what changed after a sequence number. Values
 * are the records {@link com.tandem.server.activity.CalendarEventFields} and {@link
 * com.tandem.server.activity.TaskFields}, which check themselves when built. Everything else here
 * (JDBC stores, REST API, pages) is package-private.
 *
 * <p>Feed ordering: each write takes the next seq from a single counter row whose lock it holds
 * until it commits, so seqs are committed in increasing order and a reader that has seen seq n will
 * never later find a smaller one (no gaps appear behind a reader's cursor). The price is that
 * activity writes are serialized, which is fine at CRM rates.
 */
package com.tandem.server.activity;
