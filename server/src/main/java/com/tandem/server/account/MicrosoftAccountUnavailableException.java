package com.tandem.server.account;

/**
 * The user's Microsoft account cannot give a token now: it is not connected, or a reconnect is
 * required. Sync stops for this user; nothing is deleted.
 */
public class MicrosoftAccountUnavailableException extends RuntimeException {

  private final transient MicrosoftConnection connection;

  MicrosoftAccountUnavailableException(MicrosoftConnection connection) {
    super("Microsoft account of user " + connection.userId() + " is " + connection.status());
    this.connection = connection;
  }

  /** The connection as it is now. */
  public MicrosoftConnection connection() {
    return connection;
  }
}
