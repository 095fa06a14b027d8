package com.tandem.engine.reconcile;

import static com.tandem.engine.reconcile.Items.BASE;
import static com.tandem.engine.reconcile.Items.CRM_EDIT;
import static com.tandem.engine.reconcile.Items.LINK;
import static com.tandem.engine.reconcile.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.fields.Body;
import com.tandem.engine.tasks.TaskFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item counts as changed only when its version moved and its normalized content changed. */
class ChangeDetectionTest {

  private static Plan<TaskFields> microsoftReports(ItemState<TaskFields> item) {
    return Items.plan(
        SyncPolicy.defaults(),
        new SyncInput<>(List.of(LINK), List.of(), List.of(SideChange.upserted(item))));
  }

  @Test
  void aVersionBumpWithoutAnEditOnlyRefreshesTheRecordedVersion() {
    Plan<TaskFields> plan = microsoftReports(Items.microsoft(BASE, "k2", T0.plusSeconds(5)));

    assertThat(Items.describe(plan)).isEqualTo("link");
    SyncLink<TaskFields> link = ((SyncAction.Link<TaskFields>) plan.actions().get(0)).link();
    assertThat(link.microsoftVersion()).isEqualTo("k2");
    assertThat(link.crmVersion()).isEqualTo("v1");
  }

  @Test
  void aDeletionOfAnItemWhoseOtherSideWasTouchedExpectsTheVersionSeenNow() {
    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(
                List.of(LINK),
                List.of(SideChange.deleted("c1")),
                List.of(SideChange.upserted(Items.microsoft(BASE, "k2", T0.plusSeconds(5))))));

    assertThat(Items.describe(plan)).isEqualTo("delete in MICROSOFT");
    SyncAction.Delete<TaskFields> delete = (SyncAction.Delete<TaskFields>) plan.actions().get(0);
    assertThat(delete.link().microsoftVersion()).as("If-Match of the delete").isEqualTo("k2");
  }

  @Test
  void aDeletionThatWinsOverAnEditExpectsTheEditedVersion() {
    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(
                List.of(LINK),
                List.of(SideChange.deleted("c1")),
                List.of(
                    SideChange.upserted(
                        Items.microsoft(Items.MICROSOFT_EDIT, "k3", T0.plusSeconds(5))))));

    SyncAction.Delete<TaskFields> delete =
        plan.actions().stream()
            .filter(a -> a instanceof SyncAction.Delete<TaskFields>)
            .map(a -> (SyncAction.Delete<TaskFields>) a)
            .findFirst()
            .orElseThrow();
    assertThat(delete.link().microsoftVersion()).isEqualTo("k3");
  }

  @Test
  void differentContentUnderTheSameVersionIsNotAChange() {
    Plan<TaskFields> plan = microsoftReports(Items.microsoft(CRM_EDIT, "k1", T0));

    assertThat(plan.actions()).isEmpty();
  }

  @Test
  void lineEndingsAndTrailingSpacesAreNotEdits() {
    SyncLink<TaskFields> link =
        SyncLink.of("c1", "v1", "m1", "k1", BASE.withDescription(Body.text("a\nb")), T0);
    TaskFields reformatted = BASE.withDescription(Body.text("a  \r\nb\r\n"));

    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(
                List.of(link),
                List.of(),
                List.of(SideChange.upserted(Items.microsoft(reformatted, "k2", T0)))));

    assertThat(Items.describe(plan)).isEqualTo("link");
  }

  @Test
  void tandemsOwnWriteComingBackIsNotSentBack() {
    Plan<TaskFields> first =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(
                List.of(LINK),
                List.of(SideChange.upserted(Items.crm(CRM_EDIT, "v2", T0))),
                List.of()));
    SyncAction.Update<TaskFields> update = (SyncAction.Update<TaskFields>) first.actions().get(0);
    SyncLink<TaskFields> recorded = update.link(null, "k2");

    Plan<TaskFields> echo =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(
                List.of(recorded),
                List.of(SideChange.upserted(Items.crm(CRM_EDIT, "v2", T0))),
                List.of(SideChange.upserted(Items.microsoft(CRM_EDIT, "k2", T0)))));

    assertThat(update.expectedVersion(Side.MICROSOFT)).isEqualTo("k1");
    assertThat(echo.actions()).isEmpty();
  }

  @Test
  void theLastReportOfAnItemInOneRoundCounts() {
    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(
                List.of(LINK),
                List.of(),
                List.of(
                    SideChange.upserted(Items.microsoft(CRM_EDIT, "k2", T0)),
                    SideChange.deleted("m1"))));

    assertThat(Items.describe(plan)).isEqualTo("delete in CRM");
  }
}
