/**
 * The sync API ({@code /api/v1/users/{userId}/sync}) and pages: each resource's status, Sync now,
 * the run history with each run's item log, conflicts, held deletions and an administrator's
 * overview of an organization. Who may see and do what is {@link
 * com.tandem.server.sync.web.SyncAccess}.
 *
 * <p>Depends on {@code sync} (Sync now), {@code sync.store}, {@code sync.resource} and the web,
 * directory, account and settings features; nothing in sync depends on it.
 */
package com.tandem.server.sync.web;
