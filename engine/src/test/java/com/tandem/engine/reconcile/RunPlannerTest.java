package com.tandem.engine.reconcile;

import static com.tandem.engine.reconcile.Items.CLOCK;
import static com.tandem.engine.reconcile.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.tasks.TaskFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A run planned page by page: what each page claims, and deletions weighed over the run. */
class RunPlannerTest {

  private final Reconciler reconciler = new Reconciler(CLOCK);

  private static ItemState<TaskFields> item(String id, String subject) {
    return ItemState.of(id, "v-" + id, T0, TaskFields.of(subject));
  }

  private static SyncLink<TaskFields> link(String crmId, String microsoftId, String subject) {
    return SyncLink.of(
        crmId, "v-" + crmId, microsoftId, "v-" + microsoftId, TaskFields.of(subject), T0);
  }

  @Test
  void aPageClaimsTheChangesOfItsLinkedItemsAndLeavesTheRestForLater() {
    RunPlanner<TaskFields> run = reconciler.startRun(SyncPolicy.defaults(), 2);
    SyncLink<TaskFields> onPage = link("c1", "m1", "Call");
    run.addCrmChanges(
        List.of(
            SideChange.upserted(ItemState.of("c1", "v2", T0, TaskFields.of("Call Ann"))),
            SideChange.upserted(ItemState.of("c2", "v2", T0, TaskFields.of("Mail Bob")))),
        Set.of("c1", "c2"),
        fields -> true);

    RunPlanner.PageClaim<TaskFields> claim =
        run.claim(List.of(SideChange.upserted(item("m1", "Call"))), List.of(onPage));

    assertThat(claim.crmChanges()).extracting(SideChange::id).containsExactly("c1");
    assertThat(claim.unreadOriginals()).isEmpty();
    assertThat(run.waitingLinkedIds()).containsExactly("c2");
    assertThat(run.drain()).extracting(SideChange::id).containsExactly("c2");
  }

  @Test
  void anItemAnEarlierPageWroteIsReadAgainWhenALaterPageShowsItAtAnotherVersion() {
    RunPlanner<TaskFields> run = reconciler.startRun(SyncPolicy.defaults(), 2);
    SyncLink<TaskFields> before = link("c1", "m1", "Call");
    run.addCrmChanges(
        List.of(SideChange.upserted(ItemState.of("c1", "v2", T0, TaskFields.of("Call Ann")))),
        Set.of("c1"),
        fields -> true);
    List<SideChange<TaskFields>> first = List.of(SideChange.upserted(item("m1", "Call")));
    List<SyncAction<TaskFields>> written =
        run.plan(List.of(before), run.claim(first, List.of(before)).crmChanges(), first);
    assertThat(written).singleElement().isInstanceOf(SyncAction.Update.class);
    SyncLink<TaskFields> after =
        ((SyncAction.Update<TaskFields>) written.get(0)).link("v2", "v-m1-written");
    SyncLink<TaskFields> other = link("c2", "m2", "Mail");

    // A page read ahead of the write still shows m1 as it was; m2 was not written by this run.
    List<SideChange<TaskFields>> stale =
        List.of(
            SideChange.upserted(item("m1", "Call")),
            SideChange.upserted(ItemState.of("m2", "v-m2-edited", T0, TaskFields.of("Mail Bob"))));
    List<SideChange<TaskFields>> fresh =
        List.of(
            SideChange.upserted(ItemState.of("m1", "v-m1-written", T0, TaskFields.of("Call Ann"))));

    assertThat(run.toReadAgain(stale, List.of(after, other))).containsExactly("m1");
    assertThat(run.toReadAgain(fresh, List.of(after))).isEmpty();
  }

  @Test
  void aStampedCopyClaimsItsOriginalOrAsksForItWhenTheRunDidNotReadIt() {
    RunPlanner<TaskFields> run = reconciler.startRun(SyncPolicy.defaults(), 0);
    run.addCrmChanges(List.of(SideChange.upserted(item("c1", "Call"))), Set.of(), f -> true);

    RunPlanner.PageClaim<TaskFields> claim =
        run.claim(
            List.of(
                SideChange.upserted(item("m1", "Call").stampedWith("c1")),
                SideChange.upserted(item("m2", "Mail").stampedWith("c9"))),
            List.of());

    assertThat(claim.crmChanges()).extracting(SideChange::id).containsExactly("c1");
    assertThat(claim.unreadOriginals()).containsExactly("c9");
  }

  @Test
  void anItemOfTheSameTitleAndTimesClaimsOneWaitingCrmItemNotEvery() {
    RunPlanner<TaskFields> run = reconciler.startRun(SyncPolicy.defaults(), 0);
    run.addCrmChanges(
        List.of(SideChange.upserted(item("c1", "Call")), SideChange.upserted(item("c2", "Call"))),
        Set.of(),
        f -> true);

    RunPlanner.PageClaim<TaskFields> first =
        run.claim(List.of(SideChange.upserted(item("m1", "Call"))), List.of());
    RunPlanner.PageClaim<TaskFields> second =
        run.claim(List.of(SideChange.upserted(item("m2", "Call"))), List.of());

    assertThat(first.crmChanges()).extracting(SideChange::id).containsExactly("c1");
    assertThat(second.crmChanges()).extracting(SideChange::id).containsExactly("c2");
    assertThat(
            run.plan(
                List.of(), first.crmChanges(), List.of(SideChange.upserted(item("m1", "Call")))))
        .singleElement()
        .isInstanceOf(SyncAction.Link.class);
  }

  @Test
  void deletionsAreWeighedOverTheWholeRunNotPageByPage() {
    List<SyncLink<TaskFields>> links = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      links.add(link("c" + i, "m" + i, "Task " + i));
    }
    RunPlanner<TaskFields> run = reconciler.startRun(SyncPolicy.defaults(), links.size());
    // Twelve of twenty deleted in Outlook, four a page: no page alone reaches ten.
    for (int page = 0; page < 3; page++) {
      List<SideChange<TaskFields>> gone = new ArrayList<>();
      List<SyncLink<TaskFields>> pageLinks = new ArrayList<>();
      for (int i = page * 4; i < page * 4 + 4; i++) {
        gone.add(SideChange.deleted("m" + i));
        pageLinks.add(links.get(i));
      }
      assertThat(run.plan(pageLinks, List.of(), gone)).as("deletions wait").isEmpty();
      assertThat(run.deletionsWaiting()).isTrue();
    }

    RunPlanner.Settled<TaskFields> settled = run.settleDeletions();

    assertThat(settled.deletions()).isEmpty();
    assertThat(settled.held())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.side()).isEqualTo(Side.CRM);
              assertThat(h.deletions()).hasSize(12);
              assertThat(h.linkedItems()).isEqualTo(20);
            });
    assertThat(run.deletionsWaiting()).isFalse();
  }

  @Test
  void deletionsWithinTheLimitAreCarriedOutAtTheEnd() {
    RunPlanner<TaskFields> run = reconciler.startRun(SyncPolicy.defaults(), 3);
    run.plan(List.of(link("c1", "m1", "Call")), List.of(), List.of(SideChange.deleted("m1")));

    RunPlanner.Settled<TaskFields> settled = run.settleDeletions();

    assertThat(settled.held()).isEmpty();
    assertThat(settled.deletions())
        .singleElement()
        .satisfies(d -> assertThat(d.target()).isEqualTo(Side.CRM));
  }
}
