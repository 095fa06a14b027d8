package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.Reconciler;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.server.account.ConnectionStatus;
import com.tandem.server.account.MicrosoftAccountUnavailableException;
import com.tandem.server.activity.ChangeFeed;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.store.DecidedHold;
import com.tandem.server.sync.store.JdbcConflicts;
import com.tandem.server.sync.store.JdbcDeletionHolds;
import com.tandem.server.sync.store.JdbcResourceCursors;
import com.tandem.server.sync.store.JdbcRunLog;
import com.tandem.server.sync.store.Links;
import com.tandem.server.sync.store.SyncTables;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out one resolved run: records it, carries out decided deletion holds, runs the pass,
 * turns failures into the run's outcome and records how it ended. What was applied before a failure
 * stays applied; the cursors only cover applied work.
 */
@Component
class ResourceRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceRunner.class);

  private final SyncTables tables;
  private final TransactionTemplate tx;
  private final ChangeFeed feed;
  private final JdbcResourceCursors cursors;
  private final JdbcRunLog runLog;
  private final JdbcConflicts conflicts;
  private final JdbcDeletionHolds holds;
  private final MeterRegistry meters;
  private final Clock clock;
  private final Reconciler reconciler;
  private final AccountStates accounts;

  ResourceRunner(
      SyncTables tables,
      PlatformTransactionManager transactions,
      ChangeFeed feed,
      MeterRegistry meters,
      Clock clock,
      AccountStates accounts) {
    this.tables = tables;
    this.tx = new TransactionTemplate(transactions);
    this.feed = feed;
    this.cursors = tables.cursors();
    this.runLog = tables.runLog();
    this.conflicts = tables.conflicts();
    this.holds = tables.holds();
    this.meters = meters;
    this.clock = clock;
    this.reconciler = new Reconciler(clock);
    this.accounts = accounts;
  }

  /** A report of a run that did not start, recording nothing but the state people see. */
  RunReport notRun(RunRequest request, RunOutcome outcome, SyncState state, String message) {
    if (!request.dryRun() && state != null) {
      cursors.state(request.userId(), request.resource(), state, null, message);
    }
    Instant now = clock.instant();
    return new RunReport(
        null,
        request.userId(),
        request.resource(),
        request.trigger(),
        request.dryRun(),
        now,
        now,
        outcome,
        RunCounts.NONE,
        null,
        message,
        List.of());
  }

  /** Whether a deletion hold of the resource waits for a decision. */
  boolean waitingForApproval(long userId, SyncResource resource) {
    return holds.waiting(userId, resource);
  }

  <F extends SyncFields<F>> RunReport run(RunContext<F> setup) {
    Instant startedAt = clock.instant();
    long userId = setup.userId();
    SyncResource resource = setup.id();
    Long runId = setup.dryRun() ? null : runLog.start(userId, resource, setup.trigger());
    if (runId != null) {
      cursors.state(userId, resource, SyncState.RUNNING, runId, null);
    }
    RunJournal tally = new RunJournal(resource, runId, runLog, meters);
    Links<F> links = tables.links(userId, setup.resource());
    Set<String> linkedMicrosoftIds = new HashSet<>();
    boolean lookUp = runId != null && runLog.previousRunUnfinished(userId, resource, runId);
    RunOutcome outcome = RunOutcome.SUCCEEDED;
    Duration retryAfter = null;
    String message = null;
    try {
      RunContext<F> located = setup.located();
      RunInProgress<F> run =
          new RunInProgress<>(located, runId, links, tally, lookUp, linkedMicrosoftIds);
      PlanExecutor<F> execution = new PlanExecutor<>(run, tx, conflicts, reconciler);
      if (!setup.dryRun()) {
        if (lookUp) {
          // Only a run that did not end cleanly can have left create intents behind.
          LeftoverIntents.resolve(located, links, tally);
        }
        carryOutDecidedHolds(located, execution);
      }
      List<SyncAction.HoldForApproval<F>> held =
          new RunLoop<>(run, feed, cursors, reconciler, execution).run();
      if (!held.isEmpty()) {
        outcome = RunOutcome.WAITING_FOR_APPROVAL;
        message = "deletions wait for approval";
        if (!setup.dryRun()) {
          held.forEach(hold -> holds.hold(userId, setup.resource(), runId, hold));
        }
      }
    } catch (ThrottledException e) {
      outcome = RunOutcome.THROTTLED;
      retryAfter = e.retryAfter().orElse(null);
      message = "Microsoft asked to slow down";
    } catch (AuthenticationException | MicrosoftAccountUnavailableException e) {
      // The Graph client met a 401 with one forced refresh already: the account's state says
      // whether the refresh was refused (reconnect) or Graph refused even a fresh token.
      ConnectionStatus account = accounts.of(userId);
      if (account == ConnectionStatus.RECONNECT_REQUIRED) {
        outcome = RunOutcome.RECONNECT_REQUIRED;
        message = "the Microsoft account must be connected again";
      } else if (account == ConnectionStatus.NOT_CONNECTED) {
        outcome = RunOutcome.NOT_RUN;
        message = "not connected";
      } else {
        outcome = RunOutcome.FAILED;
        message = "Microsoft 365 refused a freshly issued access token";
        LOG.warn("sync run of user {} {}: Graph refused a fresh token", userId, resource);
      }
    } catch (GraphException e) {
      outcome = RunOutcome.FAILED;
      message = "Microsoft 365 failed: " + e.getMessage();
      LOG.warn("sync run of user {} {} failed: {}", userId, resource, e.getMessage());
    } catch (RuntimeException e) {
      outcome = RunOutcome.FAILED;
      message = "the run stopped on an error: " + e.getClass().getSimpleName();
      LOG.error("sync run of user {} {} failed", userId, resource, e);
    }
    RunCounts counts = tally.counts();
    if (runId != null) {
      RunOutcome ended = outcome;
      Duration wait = retryAfter;
      String why = message;
      tx.executeWithoutResult(
          status -> {
            tally.flush();
            runLog.finish(runId, ended, counts, wait, why);
            cursors.state(userId, resource, stateAfter(ended), runId, why);
          });
    }
    return new RunReport(
        runId,
        userId,
        resource,
        setup.trigger(),
        setup.dryRun(),
        startedAt,
        clock.instant(),
        outcome,
        counts,
        retryAfter,
        message,
        setup.dryRun() ? tally.planned() : List.of());
  }

  private <F extends SyncFields<F>> void carryOutDecidedHolds(
      RunContext<F> setup, PlanExecutor<F> execution) {
    List<DecidedHold<F>> decided = holds.decided(setup.userId(), setup.resource());
    for (DecidedHold<F> hold : decided) {
      SyncAction.HoldForApproval<F> action = hold.action();
      if (hold.approved()) {
        for (SyncAction.Delete<F> delete : action.deletions()) {
          execution.execute(List.of(delete), List.of(delete.link()));
        }
      } else {
        for (SyncAction.Create<F> restore : action.restorations(clock.instant())) {
          execution.restore(restore);
        }
      }
      holds.done(hold.id());
    }
  }

  static SyncState stateAfter(RunOutcome outcome) {
    return switch (outcome) {
      case SUCCEEDED, NOT_RUN -> SyncState.IDLE;
      case WAITING_FOR_APPROVAL -> SyncState.WAITING_FOR_APPROVAL;
      case THROTTLED -> SyncState.THROTTLED;
      case FAILED -> SyncState.FAILED;
      case RECONNECT_REQUIRED -> SyncState.RECONNECT_REQUIRED;
    };
  }
}
