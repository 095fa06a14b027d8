package com.tandem.engine.reconcile;

import static com.tandem.engine.reconcile.Items.BASE;
import static com.tandem.engine.reconcile.Items.CRM_EDIT;
import static com.tandem.engine.reconcile.Items.LINK;
import static com.tandem.engine.reconcile.Items.MICROSOFT_EDIT;
import static com.tandem.engine.reconcile.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.fields.Body;
import com.tandem.engine.reconcile.Conflict.Decision;
import com.tandem.engine.reconcile.Items.Report;
import com.tandem.engine.tasks.TaskFields;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four conflict policies of a bidirectional sync, for edits and for delete-vs-edit. */
class ConflictStrategiesTest {

  private static SyncPolicy bidirectional(ConflictPolicy policy) {
    return SyncPolicy.defaults().withConflictPolicy(policy);
  }

  private static Plan<TaskFields> bothChanged(
      ConflictPolicy policy, TaskFields crm, Instant crmAt, TaskFields microsoft, Instant msAt) {
    return Items.plan(
        bidirectional(policy),
        new SyncInput<>(
            List.of(LINK),
            List.of(SideChange.upserted(Items.crm(crm, "v2", crmAt))),
            List.of(SideChange.upserted(Items.microsoft(microsoft, "k2", msAt)))));
  }

  @Test
  void crmWinsCopiesTheCrmVersionToMicrosoftAndRecordsBothVersions() {
    Plan<TaskFields> plan =
        bothChanged(ConflictPolicy.CRM_WINS, CRM_EDIT, T0, MICROSOFT_EDIT, T0.plusSeconds(9));

    assertThat(Items.describe(plan)).isEqualTo("update MICROSOFT with CRM");
    Conflict<TaskFields> conflict = plan.conflicts().get(0);
    assertThat(conflict.crmVersion()).isEqualTo(CRM_EDIT);
    assertThat(conflict.microsoftVersion()).isEqualTo(MICROSOFT_EDIT);
    assertThat(conflict.decision()).isEqualTo(Decision.CRM_WON);
    assertThat(conflict.rule()).isEqualTo("CRM_WINS");
    assertThat(conflict.result()).isEqualTo(CRM_EDIT);
    assertThat(conflict.at()).isEqualTo(Items.CLOCK.instant());
  }

  @Test
  void microsoftWinsCopiesTheMicrosoftVersionToTheCrm() {
    Plan<TaskFields> plan =
        bothChanged(ConflictPolicy.MICROSOFT_WINS, CRM_EDIT, T0.plusSeconds(9), MICROSOFT_EDIT, T0);

    assertThat(Items.describe(plan)).isEqualTo("update CRM with MICROSOFT");
    assertThat(plan.conflicts())
        .singleElement()
        .extracting(Conflict::decision)
        .isEqualTo(Decision.MICROSOFT_WON);
  }

  @Test
  void mostRecentKeepsTheLaterModification() {
    Plan<TaskFields> microsoftLater =
        bothChanged(ConflictPolicy.MOST_RECENT, CRM_EDIT, T0, MICROSOFT_EDIT, T0.plusSeconds(1));
    Plan<TaskFields> crmLater =
        bothChanged(ConflictPolicy.MOST_RECENT, CRM_EDIT, T0.plusSeconds(1), MICROSOFT_EDIT, T0);

    assertThat(Items.describe(microsoftLater)).isEqualTo("update CRM with MICROSOFT");
    assertThat(Items.describe(crmLater)).isEqualTo("update MICROSOFT with CRM");
  }

  @Test
  void mostRecentGivesATieToTheCrm() {
    Plan<TaskFields> plan =
        bothChanged(ConflictPolicy.MOST_RECENT, CRM_EDIT, T0, MICROSOFT_EDIT, T0);

    assertThat(Items.describe(plan)).isEqualTo("update MICROSOFT with CRM");
  }

  @Test
  void mergeFieldsAppliesEachSidesChangedFieldsToBothSides() {
    Plan<TaskFields> plan =
        bothChanged(ConflictPolicy.MERGE_FIELDS, CRM_EDIT, T0, MICROSOFT_EDIT, T0);

    assertThat(Items.describe(plan)).isEqualTo("update CRM+MICROSOFT with MERGED");
    assertThat(plan.conflicts())
        .singleElement()
        .extracting(Conflict::decision)
        .isEqualTo(Decision.MERGED);
  }

  @Test
  void mergeFieldsGivesAFieldChangedOnBothSidesToTheCrm() {
    TaskFields crm =
        BASE.withSubject("CRM subject").withStatus(com.tandem.engine.tasks.TaskStatus.CLOSED);
    TaskFields microsoft = BASE.withSubject("Outlook subject").withDescription(Body.text("note"));

    Plan<TaskFields> plan =
        bothChanged(ConflictPolicy.MERGE_FIELDS, crm, T0, microsoft, T0.plusSeconds(5));

    SyncAction.Update<TaskFields> update = (SyncAction.Update<TaskFields>) plan.actions().get(1);
    assertThat(update.fields()).isEqualTo(crm.withDescription(Body.text("note")));
  }

  @Test
  void mergeFieldsWritesOnlyTheSideThatLacksSomething() {
    TaskFields crm = BASE.withSubject("CRM subject");
    TaskFields microsoft = crm.withDescription(Body.text("note"));

    Plan<TaskFields> plan = bothChanged(ConflictPolicy.MERGE_FIELDS, crm, T0, microsoft, T0);

    SyncAction.Update<TaskFields> update = (SyncAction.Update<TaskFields>) plan.actions().get(1);
    assertThat(update.targets()).containsExactly(Side.CRM);
    assertThat(update.fields()).isEqualTo(microsoft);
  }

  @Test
  void bothSidesMakingTheSameEditIsNoConflict() {
    Plan<TaskFields> plan = bothChanged(ConflictPolicy.CRM_WINS, CRM_EDIT, T0, CRM_EDIT, T0);

    assertThat(Items.describe(plan)).isEqualTo("link");
    assertThat(plan.conflicts()).isEmpty();
    SyncLink<TaskFields> link = ((SyncAction.Link<TaskFields>) plan.actions().get(0)).link();
    assertThat(link.crmVersion()).isEqualTo("v2");
    assertThat(link.microsoftVersion()).isEqualTo("k2");
    assertThat(link.synced()).isEqualTo(CRM_EDIT);
  }

  @ParameterizedTest(name = "{0}: CRM {1}, Microsoft {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CRM_WINS       | DELETED | CHANGED | delete in MICROSOFT             | CRM_WON
          CRM_WINS       | CHANGED | DELETED | re-create in MICROSOFT from CRM | CRM_WON
          MICROSOFT_WINS | DELETED | CHANGED | re-create in CRM from MICROSOFT | MICROSOFT_WON
          MICROSOFT_WINS | CHANGED | DELETED | delete in CRM                   | MICROSOFT_WON
          MOST_RECENT    | DELETED | CHANGED | re-create in CRM from MICROSOFT | MICROSOFT_WON
          MOST_RECENT    | CHANGED | DELETED | re-create in MICROSOFT from CRM | CRM_WON
          MERGE_FIELDS   | DELETED | CHANGED | re-create in CRM from MICROSOFT | MICROSOFT_WON
          MERGE_FIELDS   | CHANGED | DELETED | re-create in MICROSOFT from CRM | CRM_WON
          """)
  void deleteAgainstChangeFollowsTheStrategyAndIsRecorded(
      ConflictPolicy policy, Report crm, Report microsoft, String expected, Decision decision) {
    Plan<TaskFields> plan = Items.plan(bidirectional(policy), Items.input(crm, microsoft));

    assertThat(Items.describe(plan)).isEqualTo(expected);
    Conflict<TaskFields> conflict = plan.conflicts().get(0);
    assertThat(conflict.decision()).isEqualTo(decision);
    assertThat(crm == Report.DELETED ? conflict.crmVersion() : conflict.microsoftVersion())
        .isNull();
  }

  @Test
  void aRecreatedItemReplacesTheOldLinkAndKeepsTheSurvivingSidesId() {
    Plan<TaskFields> plan =
        Items.plan(
            bidirectional(ConflictPolicy.MERGE_FIELDS),
            Items.input(Report.CHANGED, Report.DELETED));

    SyncAction.Create<TaskFields> create = (SyncAction.Create<TaskFields>) plan.actions().get(1);
    assertThat(create.replaces()).isEqualTo(LINK);
    assertThat(create.crmIdStamp()).isEqualTo("c1");
    SyncLink<TaskFields> link = create.link("m9", "k9");
    assertThat(link.crmId()).isEqualTo("c1");
    assertThat(link.crmVersion()).isEqualTo("v2");
    assertThat(link.microsoftId()).isEqualTo("m9");
    assertThat(link.synced()).isEqualTo(CRM_EDIT);
  }
}
