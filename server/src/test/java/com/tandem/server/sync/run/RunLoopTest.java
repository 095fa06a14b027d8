package com.tandem.server.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.reconcile.ConflictPolicy;
import com.tandem.engine.reconcile.Direction;
import com.tandem.engine.reconcile.SyncPolicy;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.engine.tasks.TaskPriority;
import com.tandem.graph.GraphFailures;
import com.tandem.graph.errors.AuthenticationException;
import com.tandem.server.sync.PlannedAction;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.store.HoldAlreadyDecidedException;
import com.tandem.server.sync.store.HoldNotFoundException;
import com.tandem.server.sync.store.ResourceCursor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The run loop over in-memory sides and the real sync tables. */
class RunLoopTest {

  private final MemorySides sides = new MemorySides();
  private final MemoryCrm crm = sides.crm;
  private final MemoryMicrosoft microsoft = sides.microsoft;

  private static TaskFields task(String subject) {
    return TaskFields.of(subject).withDueDate(LocalDate.of(2026, 3, 10));
  }

  @Test
  void firstSyncMatchesItemsOnBothSidesInsteadOfDuplicatingThem() {
    crm.userCreates(task("Call Ann"));
    crm.userCreates(task("Send offer"));
    microsoft.userCreates(task("Send offer"));
    microsoft.userCreates(task("Book trip"));

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(crm.subjects()).containsExactly("Book trip", "Call Ann", "Send offer");
    assertThat(microsoft.subjects()).containsExactly("Book trip", "Call Ann", "Send offer");
    assertThat(report.counts().createdInCrm()).isEqualTo(1);
    assertThat(report.counts().createdInMicrosoft()).isEqualTo(1);
    assertThat(sides.links()).isEqualTo(3);
  }

  @Test
  void aRunRightAfterARunDoesNothing() {
    String edited = crm.userCreates(task("Call Ann"));
    microsoft.userCreates(task("Book trip"));
    sides.run();
    crm.userEdits(edited, task("Call Ann back"));
    sides.run();

    RunReport again = sides.run();

    assertThat(again.counts()).isEqualTo(RunCounts.NONE);
    assertThat(sides.count("SELECT COUNT(*) FROM sync_run_items WHERE run_id = ?", again.runId()))
        .isZero();
    assertThat(microsoft.subjects()).containsExactly("Book trip", "Call Ann back");
  }

  @Test
  void pagesAreAppliedOneByOneAndAThrottledRunResumesAfterTheLastAppliedPage() {
    for (int i = 1; i <= 7; i++) {
      sides.microsoft.userCreates(task("Item " + i));
    }
    sides.microsoft.pageSize = 3;
    int[] creates = {0};
    // The fourth create is the second page's first item; the third page's read then fails.
    sides.crm.beforeSyncWrite =
        () -> {
          if (++creates[0] == 4) {
            sides.microsoft.failNext.put(
                "page", () -> GraphFailures.throttled(Duration.ofSeconds(30)));
          }
        };

    RunReport throttled = sides.run();

    assertThat(throttled.outcome()).isEqualTo(RunOutcome.THROTTLED);
    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(sides.crm.rows).hasSize(6);
    assertThat(sides.cursor().deltaLink()).isEqualTo("delta:6");
    assertThat(sides.cursor().state()).isEqualTo(SyncState.THROTTLED);

    sides.crm.beforeSyncWrite = () -> {};
    int pagesBefore = sides.microsoft.pagesRead;
    RunReport resumed = sides.run();

    assertThat(resumed.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(sides.microsoft.pagesRead - pagesBefore).isEqualTo(1);
    assertThat(sides.crm.subjects()).hasSize(7).doesNotHaveDuplicates();
    assertThat(sides.microsoft.subjects()).hasSize(7);
  }

  @Test
  void aFirstSyncWithNothingLinkedTakesTheCrmItemsAsTheyAreWithoutReadingTheFeed() {
    String call = crm.userCreates(task("Call Ann"));
    crm.userEdits(call, task("Call Ann again"));
    crm.userCreates(task("Write Bob"));

    assertThat(sides.run().counts().createdInMicrosoft()).isEqualTo(2);

    assertThat(crm.feedReads).isZero();
    assertThat(sides.cursor().crmCursor()).isEqualTo(crm.lastSeq());
    assertThat(microsoft.subjects()).containsExactly("Call Ann again", "Write Bob");
    crm.userEdits(call, task("Call Ann at noon"));
    assertThat(sides.run().counts().updatedInMicrosoft()).isEqualTo(1);
    assertThat(crm.feedReads).isPositive();
    assertThat(microsoft.subjects()).containsExactly("Call Ann at noon", "Write Bob");
  }

  @Test
  void theCrmCursorOnlyMovesPastAppliedWork() {
    crm.userCreates(task("First"));
    crm.userCreates(task("Second"));
    microsoft.createFailure =
        fields -> fields.subject().equals("Second") ? GraphFailures.serverError() : null;

    RunReport failed = sides.run();

    assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(failed.message()).isNotBlank();
    assertThat(sides.cursor().crmCursor()).isZero();
    assertThat(microsoft.subjects()).containsExactly("First");
    // The link of the copy made, and the intent of the create whose answer failed.
    assertThat(sides.links()).isEqualTo(2);
    assertThat(sides.count("SELECT COUNT(*) FROM sync_links WHERE microsoft_id LIKE '~creating:%'"))
        .isEqualTo(1);

    microsoft.createFailure = fields -> null;
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(microsoft.subjects()).containsExactly("First", "Second");
    assertThat(sides.cursor().crmCursor()).isEqualTo(2);
  }

  @Test
  void aLostAnswerToACreateNeverYieldsADuplicate() {
    crm.userCreates(task("Call Ann"));
    microsoft.loseNextCreateAnswer = true;

    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

    assertThat(microsoft.subjects()).containsExactly("Call Ann");
    assertThat(sides.links()).isEqualTo(1);
    assertThat(sides.run().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anEditMadeInMicrosoftToACopyWhoseLinkALostAnswerKeptFromBeingRecordedReachesTheCrm() {
    String crmId = crm.userCreates(task("Call Ann"));
    microsoft.loseNextCreateAnswer = true;
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.FAILED);
    String copy = microsoft.idOf("Call Ann");
    microsoft.userEdits(copy, task("Call Ann at nine"));

    RunReport next = sides.run();

    assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(next.counts().conflicts()).isZero();
    assertThat(crm.fields(crmId).subject()).isEqualTo("Call Ann at nine");
    assertThat(microsoft.subjects()).containsExactly("Call Ann at nine");
    assertThat(crm.subjects()).containsExactly("Call Ann at nine");
    assertThat(sides.links()).isEqualTo(1);
  }

  @Test
  void anEditMadeInTheCrmAfterAnUnrecordedCreateReachesTheCopy() {
    String crmId = crm.userCreates(task("Call Ann"));
    microsoft.loseNextCreateAnswer = true;
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.FAILED);
    crm.userEdits(crmId, task("Call Ann at ten"));

    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

    assertThat(microsoft.subjects()).containsExactly("Call Ann at ten");
    assertThat(crm.subjects()).containsExactly("Call Ann at ten");
    assertThat(sides.links()).isEqualTo(1);
  }

  @Test
  void aCopyWhoseCrmItemWasDeletedBeforeItWasLinkedGoesToo() {
    String crmId = crm.userCreates(task("Call Ann"));
    microsoft.loseNextCreateAnswer = true;
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.FAILED);
    crm.userDeletes(crmId);

    RunReport next = sides.run();

    assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(crm.rows).isEmpty();
    assertThat(microsoft.items).isEmpty();
    assertThat(sides.links()).isZero();
  }

  @Test
  void aCopyWhoseUnchangedCrmItemWasNeverLinkedIsLinkedNotImported() {
    crm.userCreates(task("Call Ann"));
    microsoft.loseNextCreateAnswer = true;
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.FAILED);
    // The CRM's cursor moved on meanwhile (as if an older run had read the item already).
    sides.cursors.crmCursor(sides.userId, SyncResource.TASKS, 1);

    sides.run();

    assertThat(crm.subjects()).containsExactly("Call Ann");
    assertThat(microsoft.subjects()).containsExactly("Call Ann");
    assertThat(sides.links()).isEqualTo(1);
  }

  @Test
  void aCrashBetweenTheMicrosoftWriteAndTheCrmWriteConvergesOnTheNextRun() {
    sides.policy = SyncPolicy.defaults().withConflictPolicy(ConflictPolicy.MERGE_FIELDS);
    String crmId = crm.userCreates(task("Call Ann"));
    sides.run();
    String microsoftId = microsoft.items.keySet().iterator().next();
    crm.userEdits(crmId, task("Call Ann today"));
    microsoft.userEdits(microsoftId, task("Call Ann").withPriority(TaskPriority.HIGH));
    crm.beforeSyncWrite =
        () -> {
          throw new IllegalStateException("the server was killed");
        };

    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(microsoft.fields(microsoftId).subject()).isEqualTo("Call Ann today");
    assertThat(crm.fields(crmId).priority()).isEqualTo(TaskPriority.NORMAL);

    crm.beforeSyncWrite = () -> {};
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

    TaskFields merged = task("Call Ann today").withPriority(TaskPriority.HIGH);
    assertThat(crm.fields(crmId)).isEqualTo(merged);
    assertThat(microsoft.fields(microsoftId)).isEqualTo(merged);
    assertThat(sides.run().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anItemEditedInMicrosoftDuringTheRunIsReadAgainAndDecidedAgain() {
    sides.policy = SyncPolicy.defaults().withConflictPolicy(ConflictPolicy.MERGE_FIELDS);
    String crmId = crm.userCreates(task("Call Ann"));
    sides.run();
    String microsoftId = microsoft.items.keySet().iterator().next();
    crm.userEdits(crmId, task("Call Ann today"));
    microsoft.beforeSyncWrite =
        () -> {
          microsoft.beforeSyncWrite = () -> {};
          microsoft.userEdits(microsoftId, task("Call Ann").withPriority(TaskPriority.LOW));
        };

    RunReport report = sides.run();

    TaskFields merged = task("Call Ann today").withPriority(TaskPriority.LOW);
    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(microsoft.fields(microsoftId)).isEqualTo(merged);
    assertThat(crm.fields(crmId)).isEqualTo(merged);
    assertThat(report.counts().conflicts()).isEqualTo(1);
    assertThat(
            sides.count(
                "SELECT COUNT(*) FROM sync_conflicts WHERE crm_id = ? AND decision = 'MERGED'",
                crmId))
        .isEqualTo(1);
  }

  @Test
  void aCrmItemEditedDuringTheRunIsNeverOverwrittenBlindly() {
    String crmId = crm.userCreates(task("Call Ann"));
    sides.run();
    String microsoftId = microsoft.items.keySet().iterator().next();
    microsoft.userEdits(microsoftId, task("Call Ann (Outlook)"));
    crm.beforeSyncWrite =
        () -> {
          crm.beforeSyncWrite = () -> {};
          crm.userEdits(crmId, task("Call Ann (CRM)"));
        };

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(crm.fields(crmId).subject()).isEqualTo("Call Ann (CRM)");
    assertThat(microsoft.fields(microsoftId).subject()).isEqualTo("Call Ann (CRM)");
    assertThat(report.counts().conflicts()).isEqualTo(1);
  }

  @Test
  void deletionsAreCountedAcrossPagesAndHeldUntilApproved() {
    linkTwentyItems();
    deleteInMicrosoft(12);

    RunReport held = sides.run();

    assertThat(held.outcome()).isEqualTo(RunOutcome.WAITING_FOR_APPROVAL);
    assertThat(held.counts().held()).isEqualTo(12);
    assertThat(crm.rows).hasSize(20);
    assertThat(sides.cursor().state()).isEqualTo(SyncState.WAITING_FOR_APPROVAL);
    long holdId = waitingHold();
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.WAITING_FOR_APPROVAL);

    sides.holds.approve(sides.userId, holdId, sides.userId);
    RunReport approved = sides.run();

    assertThat(approved.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(approved.counts().deletedInCrm()).isEqualTo(12);
    assertThat(crm.rows).hasSize(8);
    assertThat(sides.links()).isEqualTo(8);
    assertThat(sides.run().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void aDiscardedHoldRestoresTheDeletedItems() {
    linkTwentyItems();
    deleteInMicrosoft(12);
    sides.run();

    sides.holds.discard(sides.userId, waitingHold(), sides.userId);
    RunReport restored = sides.run();

    assertThat(restored.counts().createdInMicrosoft()).isEqualTo(12);
    assertThat(microsoft.items).hasSize(20);
    assertThat(crm.rows).hasSize(20);
    assertThat(sides.links()).isEqualTo(20);
    assertThat(sides.run().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void deletionsWithinTheLimitAreCarriedOut() {
    linkTwentyItems();
    deleteInMicrosoft(9);

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(crm.rows).hasSize(11);
  }

  @Test
  void aRunThatStopsBeforeItsDeletionsLeavesThemForTheNextRun() {
    linkTwentyItems();
    deleteInMicrosoft(5);
    int[] deletes = {0};
    crm.beforeSyncWrite =
        () -> {
          if (++deletes[0] == 2) {
            throw new IllegalStateException("the server was killed");
          }
        };

    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(crm.rows).hasSize(19);

    crm.beforeSyncWrite = () -> {};
    RunReport next = sides.run();

    assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(crm.rows).hasSize(15);
    assertThat(sides.links()).isEqualTo(15);
  }

  @Test
  void aDryRunShowsHeldDeletionsAndHoldsNothing() {
    linkTwentyItems();
    deleteInMicrosoft(12);

    RunReport dry = sides.dryRun();

    assertThat(dry.outcome()).isEqualTo(RunOutcome.WAITING_FOR_APPROVAL);
    assertThat(dry.actions()).hasSize(12).allMatch(a -> a.action().equals("HOLD"));
    assertThat(sides.count("SELECT COUNT(*) FROM sync_deletion_holds")).isZero();
    assertThat(crm.rows).hasSize(20);
  }

  @Test
  void aDecisionIsMadeOnceAndOnlyOnAHoldThatExists() {
    linkTwentyItems();
    deleteInMicrosoft(12);
    sides.run();
    long holdId = waitingHold();
    sides.holds.approve(sides.userId, holdId, sides.userId);

    assertThatThrownBy(() -> sides.holds.discard(sides.userId, holdId, sides.userId))
        .isInstanceOf(HoldAlreadyDecidedException.class);
    assertThatThrownBy(() -> sides.holds.approve(sides.userId, holdId + 99, sides.userId))
        .isInstanceOf(HoldNotFoundException.class);
    assertThatThrownBy(() -> sides.holds.approve(sides.userId + 99, holdId, sides.userId))
        .isInstanceOf(HoldNotFoundException.class);
  }

  @Test
  void aDryRunPlansWithoutWritingAnything() {
    crm.userCreates(task("Call Ann"));
    microsoft.userCreates(task("Book trip"));

    RunReport dry = sides.dryRun();

    assertThat(dry.runId()).isNull();
    assertThat(dry.actions())
        .extracting(PlannedAction::action, PlannedAction::target, PlannedAction::title)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("CREATE", "CRM", "Book trip"),
            org.assertj.core.groups.Tuple.tuple("CREATE", "MICROSOFT", "Call Ann"));
    assertThat(dry.counts().created()).isEqualTo(2);
    assertThat(crm.subjects()).containsExactly("Call Ann");
    assertThat(microsoft.subjects()).containsExactly("Book trip");
    assertThat(sides.count("SELECT COUNT(*) FROM sync_runs")).isZero();
    assertThat(sides.cursor()).isEqualTo(ResourceCursor.NEW);

    assertThat(sides.run().counts().created()).isEqualTo(2);
  }

  @Test
  void anExpiredDeltaTokenRereadsEverythingAndRelinksWithoutDuplicates() {
    for (int i = 1; i <= 5; i++) {
      crm.userCreates(task("Item " + i));
    }
    sides.run();
    microsoft.userEdits(microsoft.idOf("Item 1"), task("Item 1 edited"));
    microsoft.userDeletes(microsoft.idOf("Item 2"));
    microsoft.tokensExpired = true;

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(microsoft.subjects()).containsExactly("Item 1 edited", "Item 3", "Item 4", "Item 5");
    assertThat(crm.subjects()).containsExactly("Item 1 edited", "Item 3", "Item 4", "Item 5");
    assertThat(microsoft.creates).isEqualTo(5);
    assertThat(sides.links()).isEqualTo(4);
    microsoft.tokensExpired = false;
    assertThat(sides.run().counts()).isEqualTo(RunCounts.NONE);
  }

  @Test
  void anItemMicrosoftRefusesIsSkippedWithItsReasonAndTheRunGoesOn() {
    crm.userCreates(task("Fine"));
    crm.userCreates(task("x".repeat(300)));
    microsoft.createFailure =
        fields ->
            fields.subject().length() > 255
                ? new IllegalArgumentException("the title is too long")
                : null;

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(report.counts().skipped()).isEqualTo(1);
    assertThat(microsoft.subjects()).containsExactly("Fine");
    assertThat(
            sides.count(
                "SELECT COUNT(*) FROM sync_run_items WHERE run_id = ? AND action = 'SKIP'"
                    + " AND detail = 'the title is too long'",
                report.runId()))
        .isEqualTo(1);
  }

  @Test
  void newMicrosoftItemsAreCreatedThreeAtATimeAndRecordedInTheirOrder() {
    for (int i = 1; i <= 9; i++) {
      crm.userCreates(task("Item " + i));
    }
    // Each create waits for two others to start: one at a time, the run would never end.
    CyclicBarrier threeAtOnce = new CyclicBarrier(CreateExecutor.MICROSOFT_IN_FLIGHT);
    AtomicInteger underway = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    microsoft.whileCreating =
        () -> {
          most.accumulateAndGet(underway.incrementAndGet(), Math::max);
          try {
            threeAtOnce.await(10, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("fewer than three creates at once", e);
          } finally {
            underway.decrementAndGet();
          }
        };

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(report.counts().createdInMicrosoft()).isEqualTo(9);
    assertThat(most.get()).isEqualTo(CreateExecutor.MICROSOFT_IN_FLIGHT);
    assertThat(sides.links()).isEqualTo(9);
    assertThat(
            sides.strings(
                "SELECT title FROM sync_run_items WHERE run_id = ? AND action = 'CREATE' ORDER BY id",
                report.runId()))
        .containsExactly(
            "Item 1", "Item 2", "Item 3", "Item 4", "Item 5", "Item 6", "Item 7", "Item 8",
            "Item 9");
  }

  @Test
  void aThrottledCreateStartsNoOtherAndTheCreatesUnderWayAreLinked() {
    for (int i = 1; i <= 12; i++) {
      crm.userCreates(task("Item " + i));
    }
    microsoft.createFailure =
        fields ->
            fields.subject().equals("Item 3")
                ? GraphFailures.throttled(Duration.ofSeconds(20))
                : null;

    RunReport throttled = sides.run();

    assertThat(throttled.outcome()).isEqualTo(RunOutcome.THROTTLED);
    // Items 1 to 5 at most were started: the failure of the third stops the others.
    assertThat(microsoft.subjects()).hasSizeLessThanOrEqualTo(4).doesNotContain("Item 3");
    assertThat(sides.links()).isEqualTo(microsoft.subjects().size());

    microsoft.createFailure = fields -> null;
    assertThat(sides.run().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(microsoft.subjects()).hasSize(12).doesNotHaveDuplicates();
    assertThat(sides.links()).isEqualTo(12);
  }

  @Test
  void importsAreCreatedTogetherAndAnItemTheCrmRefusesIsSkippedAlone() {
    microsoft.userCreates(task("One"));
    microsoft.userCreates(task("Two"));
    sides.run();
    assertThat(crm.createdTogether).isEqualTo(2);
    for (String subject : List.of("Three", "Refused", "Four")) {
      microsoft.userCreates(task(subject));
    }
    crm.refuses = fields -> fields.subject().equals("Refused");

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(crm.subjects()).containsExactly("Four", "One", "Three", "Two");
    assertThat(report.counts().createdInCrm()).isEqualTo(2);
    assertThat(report.counts().skipped()).isEqualTo(1);
    assertThat(sides.links()).isEqualTo(4);
  }

  @Test
  void anUpdateMicrosoftRefusesIsSkippedAndLeavesNoUnfinishedIntent() {
    String crmId = crm.userCreates(task("Call Ann"));
    sides.run();
    crm.userEdits(crmId, task("Call Ann today"));
    microsoft.failNext.put("update", () -> new IllegalArgumentException("refused"));

    RunReport refused = sides.run();

    assertThat(refused.counts().skipped()).isEqualTo(1);
    assertThat(sides.count("SELECT COUNT(*) FROM sync_links WHERE pending_targets IS NOT NULL"))
        .isZero();
    crm.userEdits(crmId, task("Call Ann tomorrow"));
    sides.run();
    assertThat(microsoft.subjects()).containsExactly("Call Ann tomorrow");
  }

  @Test
  void aRefusedRefreshEndsTheRunAsReconnectRequired() {
    crm.userCreates(task("Call Ann"));
    microsoft.failNext.put(
        "read",
        () -> {
          // The token source marks the account when the identity platform refuses the refresh.
          sides.accountState = com.tandem.server.account.ConnectionStatus.RECONNECT_REQUIRED;
          return AuthenticationException.reconnectNeeded("revoked");
        });

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.RECONNECT_REQUIRED);
    assertThat(sides.cursor().state()).isEqualTo(SyncState.RECONNECT_REQUIRED);
    assertThat(sides.cursor().crmCursor()).isZero();
  }

  @Test
  void aTokenRefusedWhileTheAccountStaysConnectedFailsTheRunInsteadOfAskingToReconnect() {
    crm.userCreates(task("Call Ann"));
    microsoft.failNext.put("read", () -> AuthenticationException.reconnectNeeded("refused"));

    RunReport report = sides.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(report.message()).contains("refused a freshly issued access token");
    assertThat(sides.cursor().state()).isEqualTo(SyncState.FAILED);
  }

  @Test
  void aOneWayDirectionLeavesTheOtherSidesNewItemsAlone() {
    sides.policy = SyncPolicy.defaults().withDirection(Direction.CRM_TO_MICROSOFT);
    crm.userCreates(task("Call Ann"));
    microsoft.userCreates(task("Book trip"));

    sides.run();

    assertThat(crm.subjects()).containsExactly("Call Ann");
    assertThat(microsoft.subjects()).containsExactly("Book trip", "Call Ann");
  }

  @Test
  void everyActionIsLoggedAndCounted() {
    crm.userCreates(task("Call Ann"));
    microsoft.userCreates(task("Book trip"));

    RunReport report = sides.run();

    assertThat(sides.count("SELECT COUNT(*) FROM sync_run_items WHERE run_id = ?", report.runId()))
        .isEqualTo(2);
    assertThat(
            sides.count(
                "SELECT created_in_crm + created_in_microsoft FROM sync_runs WHERE id = ?",
                report.runId()))
        .isEqualTo(2);
    assertThat(
            sides
                .meters
                .counter(
                    "tandem.sync.items", "resource", "TASKS", "action", "CREATE", "target", "CRM")
                .count())
        .isEqualTo(1.0);
  }

  private void linkTwentyItems() {
    sides.microsoft.pageSize = 3;
    for (int i = 1; i <= 20; i++) {
      crm.userCreates(task("Item " + i));
    }
    sides.run();
    assertThat(sides.links()).isEqualTo(20);
  }

  private void deleteInMicrosoft(int count) {
    List.copyOf(microsoft.items.keySet()).stream().limit(count).forEach(microsoft::userDeletes);
  }

  private long waitingHold() {
    return sides
        .jdbc
        .sql("SELECT id FROM sync_deletion_holds WHERE status = 'WAITING'")
        .query(Long.class)
        .single();
  }
}
