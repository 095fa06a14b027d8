package com.tandem.engine.reconcile;

import static com.tandem.engine.reconcile.Items.CRM_EDIT;
import static com.tandem.engine.reconcile.Items.LINK;
import static com.tandem.engine.reconcile.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.fields.Body;
import com.tandem.engine.tasks.TaskFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run that crashed after recording an update's intent is finished, not decided again. */
class CrashRecoveryTest {

  private static final SyncPolicy POLICY = SyncPolicy.defaults();

  /** The intent of copying the CRM edit to Microsoft, as the crashed run recorded it. */
  private static SyncLink<TaskFields> intent() {
    Plan<TaskFields> plan =
        Items.plan(
            POLICY,
            new SyncInput<>(
                List.of(LINK),
                List.of(SideChange.upserted(Items.crm(CRM_EDIT, "v2", T0))),
                List.of()));
    return ((SyncAction.Update<TaskFields>) plan.actions().get(0)).intent();
  }

  @Test
  void aWriteTheCrashPreventedIsCarriedOutByTheNextRun() {
    Plan<TaskFields> plan =
        Items.plan(
            POLICY,
            new SyncInput<>(
                List.of(intent()),
                List.of(SideChange.upserted(Items.crm(CRM_EDIT, "v2", T0))),
                List.of()));

    assertThat(Items.describe(plan)).isEqualTo("update MICROSOFT with CRM");
  }

  @Test
  void aWriteThatHappenedBeforeTheCrashIsOnlyLinked() {
    Plan<TaskFields> plan =
        Items.plan(
            POLICY,
            new SyncInput<>(
                List.of(intent()),
                List.of(SideChange.upserted(Items.crm(CRM_EDIT, "v2", T0))),
                List.of(SideChange.upserted(Items.microsoft(CRM_EDIT, "k2", T0)))));

    assertThat(Items.describe(plan)).isEqualTo("link");
    SyncLink<TaskFields> link = ((SyncAction.Link<TaskFields>) plan.actions().get(0)).link();
    assertThat(link.pending()).isNull();
    assertThat(link.microsoftVersion()).isEqualTo("k2");
  }

  @Test
  void anOutlookEditMadeAfterTheCrashedWriteIsCopiedNotOverruled() {
    TaskFields editedAfterWrite = CRM_EDIT.withDescription(Body.text("edited in Outlook later"));

    Plan<TaskFields> plan =
        Items.plan(
            POLICY,
            new SyncInput<>(
                List.of(intent()),
                List.of(SideChange.upserted(Items.crm(CRM_EDIT, "v2", T0))),
                List.of(SideChange.upserted(Items.microsoft(editedAfterWrite, "k3", T0)))));

    assertThat(plan.conflicts()).isEmpty();
    SyncAction.Update<TaskFields> update = (SyncAction.Update<TaskFields>) plan.actions().get(0);
    assertThat(update.targets()).containsExactly(Side.CRM);
    assertThat(update.fields()).isEqualTo(editedAfterWrite);
  }

  @Test
  void anIntentNobodyReportsOnIsStillFinished() {
    Plan<TaskFields> plan =
        Items.plan(POLICY, new SyncInput<>(List.of(intent()), List.of(), List.of()));

    assertThat(Items.describe(plan)).isEqualTo("update MICROSOFT with CRM");
  }
}
