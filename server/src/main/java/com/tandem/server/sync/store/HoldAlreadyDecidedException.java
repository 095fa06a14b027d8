package com.tandem.server.sync.store;

/** The deletion hold was approved or discarded already; a decision is made only once. */
public class HoldAlreadyDecidedException extends IllegalStateException {

  /** For the given hold and its current status. */
  public HoldAlreadyDecidedException(long holdId, String status) {
    super("the deletion hold " + holdId + " is " + status.toLowerCase(java.util.Locale.ROOT));
  }
}
