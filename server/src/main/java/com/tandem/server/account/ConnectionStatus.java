package com.tandem.server.account;

/** Whether a user's Microsoft account can be used for sync. */
public enum ConnectionStatus {
  /** Nobody connected an account (or it was disconnected). */
  NOT_CONNECTED,
  /** Tokens are stored and were last known to work. */
  CONNECTED,
  /** The identity platform refused the stored grant: the user must click Connect again. */
  RECONNECT_REQUIRED
}
