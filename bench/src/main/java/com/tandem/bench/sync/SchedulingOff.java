package com.tandem.bench.sync;

/**
 * Keeps the scheduler from starting runs of its own while a benchmark calls the runs directly (the
 * caller of a run must be the only one running that connection).
 */
final class SchedulingOff {

  /** The properties that switch scheduling off. */
  static final String[] PROPERTIES = {"db-scheduler.enabled=false"};

  private SchedulingOff() {}
}
