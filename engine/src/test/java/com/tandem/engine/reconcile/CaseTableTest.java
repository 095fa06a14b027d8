package com.tandem.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.reconcile.Items.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of PRODUCT.md's direction table, with "CRM always wins" as the conflict policy. */
class CaseTableTest {

  @ParameterizedTest(name = "CRM {0}, Microsoft {1}, {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # new in CRM
          NEW       | UNCHANGED | BIDIRECTIONAL    | create in MICROSOFT from CRM
          NEW       | UNCHANGED | CRM_TO_MICROSOFT | create in MICROSOFT from CRM
          NEW       | UNCHANGED | MICROSOFT_TO_CRM | leave alone
          # new in Microsoft
          UNCHANGED | NEW       | BIDIRECTIONAL    | create in CRM from MICROSOFT
          UNCHANGED | NEW       | CRM_TO_MICROSOFT | leave alone
          UNCHANGED | NEW       | MICROSOFT_TO_CRM | create in CRM from MICROSOFT
          # changed in CRM only
          CHANGED   | UNCHANGED | BIDIRECTIONAL    | update MICROSOFT with CRM
          CHANGED   | UNCHANGED | CRM_TO_MICROSOFT | update MICROSOFT with CRM
          CHANGED   | UNCHANGED | MICROSOFT_TO_CRM | leave alone
          # changed in Microsoft only
          UNCHANGED | CHANGED   | BIDIRECTIONAL    | update CRM with MICROSOFT
          UNCHANGED | CHANGED   | CRM_TO_MICROSOFT | leave alone
          UNCHANGED | CHANGED   | MICROSOFT_TO_CRM | update CRM with MICROSOFT
          # changed on both (bidirectional: the conflict policy, here CRM wins)
          CHANGED   | CHANGED   | BIDIRECTIONAL    | update MICROSOFT with CRM
          CHANGED   | CHANGED   | CRM_TO_MICROSOFT | update MICROSOFT with CRM
          CHANGED   | CHANGED   | MICROSOFT_TO_CRM | update CRM with MICROSOFT
          # deleted in CRM
          DELETED   | UNCHANGED | BIDIRECTIONAL    | delete in MICROSOFT
          DELETED   | UNCHANGED | CRM_TO_MICROSOFT | delete in MICROSOFT
          DELETED   | UNCHANGED | MICROSOFT_TO_CRM | re-create in CRM from BASE
          # deleted in Microsoft
          UNCHANGED | DELETED   | BIDIRECTIONAL    | delete in CRM
          UNCHANGED | DELETED   | CRM_TO_MICROSOFT | re-create in MICROSOFT from BASE
          UNCHANGED | DELETED   | MICROSOFT_TO_CRM | delete in CRM
          # deleted in CRM, changed in Microsoft
          DELETED   | CHANGED   | BIDIRECTIONAL    | delete in MICROSOFT
          DELETED   | CHANGED   | CRM_TO_MICROSOFT | delete in MICROSOFT
          DELETED   | CHANGED   | MICROSOFT_TO_CRM | re-create in CRM from MICROSOFT
          # deleted in Microsoft, changed in CRM
          CHANGED   | DELETED   | BIDIRECTIONAL    | re-create in MICROSOFT from CRM
          CHANGED   | DELETED   | CRM_TO_MICROSOFT | re-create in MICROSOFT from CRM
          CHANGED   | DELETED   | MICROSOFT_TO_CRM | delete in CRM
          # deleted on both
          DELETED   | DELETED   | BIDIRECTIONAL    | forget the link
          DELETED   | DELETED   | CRM_TO_MICROSOFT | forget the link
          DELETED   | DELETED   | MICROSOFT_TO_CRM | forget the link
          # unchanged on both
          UNCHANGED | UNCHANGED | BIDIRECTIONAL    | leave alone
          UNCHANGED | UNCHANGED | CRM_TO_MICROSOFT | leave alone
          UNCHANGED | UNCHANGED | MICROSOFT_TO_CRM | leave alone
          """)
  void eachCaseAndDirectionPlansWhatTheProductTableSays(
      Report crm, Report microsoft, Direction direction, String expected) {
    SyncPolicy policy = SyncPolicy.defaults().withDirection(direction);

    assertThat(Items.describe(Items.plan(policy, Items.input(crm, microsoft)))).isEqualTo(expected);
  }
}
