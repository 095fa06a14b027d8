/**
 * What can go wrong when Tandem talks to Graph or the identity platform: one unchecked subclass of
 * {@link com.tandem.graph.errors.GraphException} per thing a caller should do (reconnect, wait and
 * reschedule, resynchronize, give up on the item), and {@link com.tandem.graph.errors.GraphError},
 * the error body Graph answers with.
 *
 * <p>The client in {@link com.tandem.graph} decides which one an answer is; nothing here makes
 * requests.
 */
package com.tandem.graph.errors;
