/**
 * Tandem's sync engine: the decisions of a sync run, as pure Java without I/O.
 *
 * <p>The server reads both sides (the CRM change feed, the Graph delta) and the recorded links,
 * maps Graph items into the engine's neutral records, asks for a plan, and carries out its actions:
 *
 * <ul>
 *   <li>{@code calendar}: {@code EventFields}, and {@code EventMapping.toMicrosoft/fromMicrosoft}
 *       to and from {@code GraphEvent};
 *   <li>{@code tasks}: {@code TaskFields}, and {@code TaskMapping.toMicrosoft/fromMicrosoft} to and
 *       from {@code GraphTask};
 *   <li>{@code fields}: bodies, Graph's date-time-with-zone and the Windows/IANA zone table (an
 *       unknown zone is an {@code UnknownTimeZoneException}: skip that item);
 *   <li>{@code reconcile}: {@code new Reconciler(clock).plan(policy, input)} with a {@code
 *       SyncPolicy} (direction, conflict policy, deletion limit) and a {@code SyncInput} (links,
 *       CRM changes, Microsoft changes, each change an {@code ItemState} or a deletion) returns a
 *       {@code Plan} of {@code SyncAction}s: create, update, delete, link, unlink, record conflict,
 *       hold for approval. {@code SyncAction} documents the order in which an executor must write
 *       so that a crash at any moment is repaired by the next run.
 * </ul>
 *
 * <p>Time comes from an injected {@link java.time.Clock}.
 */
package com.tandem.engine;
