package com.tandem.server.sync.run;

import com.tandem.server.sync.schedule.NextRun;

/**
 * A run step that reaches up to the scheduler, on purpose: {@code PackageShapeTest} shows that its
 * rule catches it. Test code only; the rule checks the main classes.
 */
class ReachesUpOffender {

  NextRun next() {
    return null;
  }
}
