package com.tandem.server.account;

/**
 * Published after a user's Microsoft account was connected, linked (application mode) or
 * disconnected, so that what depends on the connection (the sync schedule) follows at once.
 *
 * @param userId the Tandem user whose connection changed
 */
public record MicrosoftAccountChanged(long userId) {}
