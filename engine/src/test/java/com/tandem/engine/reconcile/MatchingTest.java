package com.tandem.engine.reconcile;

import static com.tandem.engine.reconcile.Items.BASE;
import static com.tandem.engine.reconcile.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.fields.Body;
import com.tandem.engine.tasks.TaskFields;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unlinked items on both sides are linked, not copied again. */
class MatchingTest {

  private static Plan<TaskFields> firstSync(
      List<ItemState<TaskFields>> crm, List<ItemState<TaskFields>> microsoft) {
    return Items.plan(
        SyncPolicy.defaults(),
        new SyncInput<>(
            List.of(),
            crm.stream().map(SideChange::upserted).toList(),
            microsoft.stream().map(SideChange::upserted).toList()));
  }

  @Test
  void anItemStampedWithACrmIdIsLinkedToThatCrmItem() {
    ItemState<TaskFields> crm = ItemState.of("c1", "v1", T0, BASE);
    ItemState<TaskFields> copy =
        ItemState.of("m1", "k1", T0, BASE.withSubject("renamed in Outlook")).stampedWith("c1");

    Plan<TaskFields> plan = firstSync(List.of(crm), List.of(copy));

    assertThat(Items.describe(plan)).doesNotContain("create");
    assertThat(plan.actions())
        .anyMatch(
            a ->
                a instanceof SyncAction.Update<TaskFields> u
                    && u.crmId().equals("c1")
                    && u.microsoftId().equals("m1"));
  }

  @Test
  void itemsWithTheSameTitleIgnoringCaseAndTheSameDueDateAreLinkedNotCopied() {
    ItemState<TaskFields> crm = ItemState.of("c1", "v1", T0, BASE);
    ItemState<TaskFields> outlook = ItemState.of("m1", "k1", T0, BASE.withSubject("  call bob  "));

    Plan<TaskFields> plan = firstSync(List.of(crm), List.of(outlook));

    assertThat(Items.describe(plan)).isEqualTo("update MICROSOFT with BASE");
  }

  @Test
  void identicalItemsAreLinkedWithoutAnyWrite() {
    Plan<TaskFields> plan =
        firstSync(
            List.of(ItemState.of("c1", "v1", T0, BASE)),
            List.of(ItemState.of("m1", "k1", T0, BASE)));

    assertThat(Items.describe(plan)).isEqualTo("link");
    SyncLink<TaskFields> link = ((SyncAction.Link<TaskFields>) plan.actions().get(0)).link();
    assertThat(link.crmId()).isEqualTo("c1");
    assertThat(link.microsoftId()).isEqualTo("m1");
  }

  @Test
  void matchedItemsThatDifferAreSettledByTheConflictPolicyAndRecorded() {
    ItemState<TaskFields> crm = ItemState.of("c1", "v1", T0, BASE);
    ItemState<TaskFields> outlook =
        ItemState.of("m1", "k1", T0, BASE.withDescription(Body.text("from Outlook")));

    Plan<TaskFields> plan = firstSync(List.of(crm), List.of(outlook));

    assertThat(Items.describe(plan)).isEqualTo("update MICROSOFT with BASE");
    assertThat(plan.conflicts()).hasSize(1);
  }

  @Test
  void unmatchedItemsAreCopiedOnceEach() {
    ItemState<TaskFields> crmOnly = ItemState.of("c1", "v1", T0, BASE);
    ItemState<TaskFields> outlookOnly =
        ItemState.of("m1", "k1", T0, BASE.withDueDate(LocalDate.parse("2026-04-01")));

    Plan<TaskFields> plan = firstSync(List.of(crmOnly), List.of(outlookOnly));

    assertThat(Items.describe(plan))
        .isEqualTo("create in MICROSOFT from BASE, create in CRM from " + outlookOnly.fields());
  }

  @Test
  void aCopyWhoseCrmOriginalWasDeletedBeforeItWasLinkedIsDeleted() {
    ItemState<TaskFields> copy = ItemState.of("m1", "k1", T0, BASE).stampedWith("c1");

    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(
                List.of(), List.of(SideChange.deleted("c1")), List.of(SideChange.upserted(copy))));

    assertThat(Items.describe(plan)).isEqualTo("delete in MICROSOFT");
  }

  @Test
  void aRecreatedCopyTakesThePlaceOfTheDeletedOneInsteadOfBeingImported() {
    ItemState<TaskFields> recreated = ItemState.of("m2", "k7", T0, BASE).stampedWith("c1");

    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults().withDirection(Direction.CRM_TO_MICROSOFT),
            new SyncInput<>(
                List.of(Items.LINK),
                List.of(),
                List.of(SideChange.deleted("m1"), SideChange.upserted(recreated))));

    assertThat(Items.describe(plan)).isEqualTo("link");
    SyncLink<TaskFields> link = ((SyncAction.Link<TaskFields>) plan.actions().get(0)).link();
    assertThat(link.microsoftId()).isEqualTo("m2");
    assertThat(link.microsoftVersion()).isEqualTo("k7");
  }

  @Test
  void aRecreatedCopyEditedBeforeItsLinkWasRecordedIsStillLinkedWhenItsEditIsLeftAlone() {
    // A one-way run re-created the item in Microsoft and stopped before recording the link; the
    // copy was then edited there. The edit is not propagated, but the link must name the copy,
    // or the next CRM change would write to the deleted item.
    ItemState<TaskFields> edited =
        ItemState.of("m2", "k8", T0, Items.MICROSOFT_EDIT).stampedWith("c1");

    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults().withDirection(Direction.CRM_TO_MICROSOFT),
            new SyncInput<>(
                List.of(Items.LINK),
                List.of(),
                List.of(SideChange.deleted("m1"), SideChange.upserted(edited))));

    assertThat(Items.describe(plan)).isEqualTo("link");
    SyncLink<TaskFields> link = ((SyncAction.Link<TaskFields>) plan.actions().get(0)).link();
    assertThat(link.microsoftId()).isEqualTo("m2");
    assertThat(link.microsoftVersion()).isEqualTo("k8");
    assertThat(link.synced()).isEqualTo(BASE);
  }

  @Test
  void aSecondStampedCopyOfALinkedItemIsNotImported() {
    ItemState<TaskFields> stray = ItemState.of("m2", "k1", T0, BASE).stampedWith("c1");

    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults(),
            new SyncInput<>(List.of(Items.LINK), List.of(), List.of(SideChange.upserted(stray))));

    assertThat(plan.actions()).isEmpty();
  }

  @Test
  void aFullReReadRelinksByIdAndTreatsWhatItNoLongerFindsAsDeleted() {
    SyncLink<TaskFields> kept = Items.LINK;
    SyncLink<TaskFields> gone = SyncLink.of("c2", "v1", "m2", "k1", BASE.withSubject("other"), T0);

    Plan<TaskFields> plan =
        Items.plan(
            SyncPolicy.defaults(),
            SyncInput.afterFullMicrosoftRead(
                List.of(kept, gone), List.of(), List.of(ItemState.of("m1", "k1", T0, BASE))));

    assertThat(Items.describe(plan)).isEqualTo("delete in CRM");
    assertThat(((SyncAction.Delete<TaskFields>) plan.actions().get(0)).targetId()).isEqualTo("c2");
  }
}
