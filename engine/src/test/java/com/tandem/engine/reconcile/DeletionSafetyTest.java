package com.tandem.engine.reconcile;

import static com.tandem.engine.reconcile.Items.BASE;
import static com.tandem.engine.reconcile.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.tasks.TaskFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run never deletes more than the allowed share of a side's linked items without approval. */
class DeletionSafetyTest {

  private static Plan<TaskFields> microsoftDeletes(int linked, int deleted, int maxPercent) {
    List<SyncLink<TaskFields>> links = new ArrayList<>();
    List<SideChange<TaskFields>> deletions = new ArrayList<>();
    for (int i = 0; i < linked; i++) {
      links.add(SyncLink.of("c" + i, "v", "m" + i, "k", BASE.withSubject("task " + i), T0));
      if (i < deleted) {
        deletions.add(SideChange.deleted("m" + i));
      }
    }
    SyncPolicy policy =
        new SyncPolicy(Direction.BIDIRECTIONAL, ConflictPolicy.CRM_WINS, maxPercent);
    return Items.plan(policy, new SyncInput<>(links, List.of(), deletions));
  }

  @Test
  void deletingMoreThanTheAllowedShareHoldsEveryDeletionForApproval() {
    Plan<TaskFields> plan = microsoftDeletes(20, 11, 50);

    assertThat(Items.describe(plan)).isEqualTo("hold 11 deletions in CRM");
    assertThat(plan.waitsForApproval()).isTrue();
    assertThat(plan.actions()).noneMatch(SyncAction.Delete.class::isInstance);
  }

  @Test
  void deletingExactlyTheAllowedShareGoesAhead() {
    Plan<TaskFields> plan = microsoftDeletes(20, 10, 50);

    assertThat(plan.waitsForApproval()).isFalse();
    assertThat(plan.actions()).hasSize(10).allMatch(SyncAction.Delete.class::isInstance);
  }

  @Test
  void fewerThanTenDeletionsAreNeverHeld() {
    Plan<TaskFields> plan = microsoftDeletes(9, 9, 1);

    assertThat(plan.waitsForApproval()).isFalse();
    assertThat(plan.actions()).hasSize(9);
  }

  @Test
  void discardingAHoldRecreatesTheDeletedItemsFromTheLastSyncedFields() {
    Plan<TaskFields> plan = microsoftDeletes(12, 12, 50);
    SyncAction.HoldForApproval<TaskFields> hold =
        (SyncAction.HoldForApproval<TaskFields>) plan.actions().get(0);

    List<SyncAction.Create<TaskFields>> restorations = hold.restorations(T0);

    assertThat(hold.linkedItems()).isEqualTo(12);
    assertThat(restorations).hasSize(12);
    assertThat(restorations.get(3).target()).isEqualTo(Side.MICROSOFT);
    assertThat(restorations.get(3).crmIdStamp()).isEqualTo("c3");
    assertThat(restorations.get(3).fields()).isEqualTo(BASE.withSubject("task 3"));
  }
}
