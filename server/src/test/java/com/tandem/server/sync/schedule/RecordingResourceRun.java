package com.tandem.server.sync.schedule;

import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.run.ReadAhead;
import com.tandem.server.sync.run.ResourceRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A stand-in for the real run of a resource: records every call, answers what a test scripted for
 * the user (SUCCEEDED unless told otherwise) and can hold a run until released.
 */
final class RecordingResourceRun implements ResourceRun {

  /** One call. */
  record Call(long userId, SyncResource resource, RunTrigger trigger, boolean dryRun) {}

  private final Clock clock;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<Long, Function<SyncResource, RunOutcome>> outcomes = new ConcurrentHashMap<>();
  private final Map<Long, Duration> retryAfter = new ConcurrentHashMap<>();
  private final Map<Long, CountDownLatch> holds = new ConcurrentHashMap<>();
  private final Map<Long, CountDownLatch> entered = new ConcurrentHashMap<>();

  RecordingResourceRun(Clock clock) {
    this.clock = clock;
  }

  @Override
  public RunReport run(RunRequest request, ReadAhead ahead) {
    long userId = request.userId();
    SyncResource resource = request.resource();
    RunTrigger trigger = request.trigger();
    boolean dryRun = request.dryRun();
    Instant start = clock.instant();
    calls.add(new Call(userId, resource, trigger, dryRun));
    CountDownLatch in = entered.remove(userId);
    if (in != null) {
      in.countDown();
    }
    CountDownLatch hold = holds.get(userId);
    if (hold != null) {
      try {
        hold.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    RunOutcome outcome = outcomes.getOrDefault(userId, r -> RunOutcome.SUCCEEDED).apply(resource);
    return new RunReport(
        dryRun ? null : 1L,
        userId,
        resource,
        trigger,
        dryRun,
        start,
        clock.instant(),
        outcome,
        RunCounts.NONE,
        outcome == RunOutcome.THROTTLED ? retryAfter.get(userId) : null,
        null,
        List.of());
  }

  /** The calls made for one user. */
  List<Call> calls(long userId) {
    return calls.stream().filter(call -> call.userId() == userId).toList();
  }

  /** From now on the user's runs end with {@code outcome} (THROTTLED: with the given wait). */
  void answer(long userId, RunOutcome outcome, Duration retryAfterOrNull) {
    outcomes.put(userId, resource -> outcome);
    if (retryAfterOrNull != null) {
      retryAfter.put(userId, retryAfterOrNull);
    } else {
      retryAfter.remove(userId);
    }
  }

  /**
   * Holds the user's next runs until the returned latch is counted down; {@code in} opens on entry.
   */
  CountDownLatch hold(long userId, CountDownLatch in) {
    CountDownLatch hold = new CountDownLatch(1);
    holds.put(userId, hold);
    entered.put(userId, in);
    return hold;
  }

  void release(long userId) {
    CountDownLatch hold = holds.remove(userId);
    if (hold != null) {
      hold.countDown();
    }
  }
}
