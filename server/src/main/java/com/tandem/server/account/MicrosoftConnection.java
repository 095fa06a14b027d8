package com.tandem.server.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is known about one user's Microsoft account, without any token.
 *
 * @param userId the CRM user
 * @param status whether the account can be used
 * @param accountName the Microsoft account's display name, or null when never connected
 * @param microsoftUser the Microsoft user principal name, or null when never connected
 * @param connectedAt when the account was connected or linked, or null
 * @param grantedScopes the delegated scopes the user granted (empty in application mode)
 * @param problem why a reconnect is required, in plain words, or null
 */
public record MicrosoftConnection(
    long userId,
    ConnectionStatus status,
    String accountName,
    String microsoftUser,
    Instant connectedAt,
    List<String> grantedScopes,
    String problem) {

  /** Checks the status and copies the scopes. */
  public MicrosoftConnection {
    Objects.requireNonNull(status, "status == null");
    grantedScopes = List.copyOf(grantedScopes == null ? List.of() : grantedScopes);
  }

  /** The answer for a user without a connection. */
  public static MicrosoftConnection notConnected(long userId) {
    return new MicrosoftConnection(
        userId, ConnectionStatus.NOT_CONNECTED, null, null, null, List.of(), null);
  }

  /** True when sync may use this account. */
  public boolean usable() {
    return status == ConnectionStatus.CONNECTED;
  }
}
