package com.tandem.bench.sync;

/** A piece of the benchmark cannot be measured with this build; the report says why. */
final class NotMeasurable extends RuntimeException {

  NotMeasurable(String why) {
    super(why);
  }
}
