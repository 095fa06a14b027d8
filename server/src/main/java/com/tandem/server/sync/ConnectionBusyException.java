package com.tandem.server.sync;

/** A run of the connection is going on already (on this node or another). */
public class ConnectionBusyException extends RuntimeException {

  /** For the given user's connection. */
  public ConnectionBusyException(long userId) {
    super("a sync run of user " + userId + "'s connection is going on");
  }
}
