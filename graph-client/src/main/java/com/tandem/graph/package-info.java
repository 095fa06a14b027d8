/**
 * Tandem's client for Microsoft Graph v1.0 and the Microsoft identity platform.
 *
 * <p>{@link com.tandem.graph.GraphClient} is the entry point for calendar events, Microsoft To Do,
 * mail, users and {@code $batch}; {@link com.tandem.graph.IdentityClient} speaks OAuth 2.0 to the
 * identity platform. Every call targets a {@link com.tandem.graph.Mailbox} ({@code /me} or {@code
 * /users/{id}}) and takes its bearer token from a caller-supplied {@link
 * com.tandem.graph.AccessTokens}. Failures are unchecked subclasses of {@link
 * com.tandem.graph.errors.GraphException}, one per thing the caller should do; the client never
 * sleeps or retries, so throttling is rescheduled by the caller. Plain Java over {@code
 * java.net.http}.
 *
 * <p>This package holds the client, its resource clients, paging, delta, {@code $batch} and OAuth;
 * Graph's resource types are in {@code model}, the failures in {@code errors}.
 */
package com.tandem.graph;
