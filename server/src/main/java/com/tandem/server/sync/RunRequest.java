package com.tandem.server.sync;

/**
 * A run asked for: whose connection, which resource, what started it, and whether it only plans.
 *
 * @param userId whose connection runs
 * @param resource what runs
 * @param trigger what started it
 * @param dryRun whether actions are only planned
 */
public record RunRequest(long userId, SyncResource resource, RunTrigger trigger, boolean dryRun) {}
