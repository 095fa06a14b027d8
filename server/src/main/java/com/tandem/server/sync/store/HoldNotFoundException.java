package com.tandem.server.sync.store;

/** No deletion hold with this id belongs to the user. */
public class HoldNotFoundException extends RuntimeException {

  /** For the given hold. */
  public HoldNotFoundException(long holdId) {
    super("there is no deletion hold " + holdId);
  }
}
