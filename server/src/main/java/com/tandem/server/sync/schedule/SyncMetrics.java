package com.tandem.server.sync.schedule;

import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The sync meters on {@code /actuator/prometheus}: runs by resource and outcome, their duration,
 * throttled runs, how long throttled or failing connections wait, and how late scheduled runs
 * start.
 */
@Component
class SyncMetrics {

  private final MeterRegistry registry;
  private final Timer lateness;

  SyncMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.lateness =
        Timer.builder("tandem.sync.start.delay")
            .description("How long after its due time a scheduled connection run started")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
  }

  /** Counts a finished run of one resource and times it. */
  void ran(RunReport report) {
    String resource = report.resource().name();
    Counter.builder("tandem.sync.runs")
        .description("Sync runs of one resource, by outcome")
        .tag("resource", resource)
        .tag("outcome", report.outcome().name())
        .tag("dry_run", Boolean.toString(report.dryRun()))
        .register(registry)
        .increment();
    Timer.builder("tandem.sync.run.duration")
        .description("How long a sync run of one resource took")
        .tag("resource", resource)
        .register(registry)
        .record(positive(Duration.between(report.startedAt(), report.finishedAt())));
    if (report.outcome() == RunOutcome.THROTTLED) {
      Counter.builder("tandem.sync.throttled")
          .description("Sync runs Microsoft throttled")
          .tag("resource", resource)
          .register(registry)
          .increment();
    }
  }

  /** Records how long a connection waits before its next run because of throttling or failure. */
  void backedOff(NextRun next) {
    Timer.builder("tandem.sync.throttle.wait")
        .description("How long a throttled or failing connection waits before its next run")
        .tag("reason", next.throttledUntil() != null ? "throttled" : "failed")
        .register(registry)
        .record(next.backoff());
  }

  /** Records how late a scheduled run started. */
  void startedLate(Duration late) {
    lateness.record(positive(late));
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
