/**
 * Tandem's sync engine: the decisions of a sync run, as pure Java without I/O.
 *
 * <p>The server reads both sides (the CRM change feed, the Graph delta) and the recorded links,
 * maps Graph items into the engine's neutral records ({@code calendar}, {@code tasks}), asks {@code
 * reconcile.Reconciler} for a plan, and carries out its actions. Time comes from an injected {@link
 * java.time.Clock}.
 */
package com.tandem.engine;
