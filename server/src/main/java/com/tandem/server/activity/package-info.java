/**
 * The CRM's activities: calendar events and tasks per user, versioned, kept as tombstones when
 * deleted, and a change feed of every write.
 *
 * <p>What every kind of item shares lives here: {@link com.tandem.server.activity.VersionedItem},
 * {@link com.tandem.server.activity.VersionedStore} over one JDBC skeleton, one REST skeleton
 * (create, read, replace, merge-patch, delete with ETag and If-Match), the change feed, paging and
 * input problems. Each kind is a sub-package ({@code calendar}, {@code tasks}) that adds its
 * columns, JSON, form and page, and depends on this package, never the other way round.
 *
 * <p>The public port for other features (the sync engine above all) is small: {@link
 * com.tandem.server.activity.calendar.CalendarEvents} and {@link
 * com.tandem.server.activity.tasks.Tasks} read and write items with an {@link
 * com.tandem.server.activity.Origin} and an optional expected version; {@link
 * com.tandem.server.activity.ChangeFeed} reads what changed after a sequence number. Values are the
 * records {@link com.tandem.server.activity.calendar.CalendarEventFields} and {@link
 * com.tandem.server.activity.tasks.TaskFields}, which check themselves when built. Controllers are
 * package-private.
 *
 * <p>Feed ordering: each write takes the next seq from a single counter row whose lock it holds
 * until it commits, so seqs are committed in increasing order and a reader that has seen seq n will
 * never later find a smaller one (no gaps appear behind a reader's cursor). The price is that
 * activity writes are serialized, which is fine at CRM rates.
 */
package com.tandem.server.activity;
