package com.tandem.server.activity;

/** A write expected a version of an item that is no longer the current one. */
public class StaleVersionException extends RuntimeException {

  private final long currentVersion;

  /** The item's current version, which the caller did not expect. */
  public StaleVersionException(long currentVersion) {
    super("the item has changed meanwhile; its version is now " + currentVersion);
    this.currentVersion = currentVersion;
  }

  /** The version the item has now. */
  public long currentVersion() {
    return currentVersion;
  }
}
