package com.tandem.engine.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.convergence.SideStore.Row;
import com.tandem.engine.reconcile.ConflictPolicy;
import com.tandem.engine.reconcile.ContentHash;
import com.tandem.engine.reconcile.Direction;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.engine.reconcile.SyncPolicy;
import com.tandem.engine.tasks.TaskFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random interleavings of user edits, deletes, sync runs and crashed runs on both sides converge:
 * after a final quiet run both sides hold the same items, nothing is duplicated, and the edit the
 * policy says should win is the one kept. Each run plans Microsoft's changes page by page, as the
 * server reads them (pages of one to four items).
 */
class ConvergenceProperties {

  /** A step of a scenario. */
  sealed interface Step {
    void run(TwoSides world);
  }

  record Create(Side side) implements Step {
    public void run(TwoSides world) {
      world.userCreates(side);
    }
  }

  record Edit(Side side, int pick, String field) implements Step {
    public void run(TwoSides world) {
      world.userEdits(side, pick, field);
    }
  }

  record Delete(Side side, int pick) implements Step {
    public void run(TwoSides world) {
      world.userDeletes(side, pick);
    }
  }

  record Sync(int writeBudget) implements Step {
    public void run(TwoSides world) {
      world.sync(writeBudget);
    }
  }

  @Provide
  Arbitrary<List<Step>> scenarios() {
    Arbitrary<Side> sides = Arbitraries.of(Side.class);
    Arbitrary<Integer> picks = Arbitraries.integers().between(0, 20);
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, sides.map(Create::new)),
            net.jqwik.api.Tuple.of(
                6,
                Combinators.combine(sides, picks, Arbitraries.of("subject", "description"))
                    .as(Edit::new)),
            net.jqwik.api.Tuple.of(2, Combinators.combine(sides, picks).as(Delete::new)),
            net.jqwik.api.Tuple.of(3, Arbitraries.just(new Sync(Integer.MAX_VALUE))),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 6).map(Sync::new)));
    return step.list().ofMinSize(3).ofMaxSize(40);
  }

  @Property(tries = 200)
  void bidirectionalSyncConvergesWithNothingLostOrDuplicated(
      @ForAll ConflictPolicy policy,
      @ForAll("scenarios") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 4) int pageSize) {
    assertConverges(policy, steps, pageSize);
  }

  /**
   * A run crashes after creating a Microsoft copy for an item whose Outlook original was deleted;
   * the next run meets the deletion on its first page and the stamped copy on its second. The first
   * page's decision (keep the CRM edit, re-create) links the copy before the second page is
   * planned, so the second page sees a synced item, not an update for the deleted original (seed
   * -4392683738889336348 once failed here with "no item m1" when the harness planned every page
   * before carrying any out).
   */
  @Example
  void copyRecreatedByACrashedRunComesOnAPageAfterTheDeletionItReplaces() {
    assertConverges(
        ConflictPolicy.MOST_RECENT,
        List.of(
            new Edit(Side.CRM, 2, "subject"),
            new Delete(Side.CRM, 0),
            new Sync(1),
            new Edit(Side.CRM, 1, "subject"),
            new Delete(Side.MICROSOFT, 0),
            new Sync(1),
            new Sync(Integer.MAX_VALUE)),
        3);
  }

  /**
   * A crashed run leaves a re-created copy in Outlook; the next run links it on the page of the
   * deletion it replaces and writes the newer CRM edit to it, while a later page, read before that
   * write, still shows the copy as the crash left it. That page must not undo the write (seed
   * 7192534896053162744 once failed here: the older title came back to the CRM and the user's later
   * deletion was undone).
   */
  @Example
  void aPageReadBeforeTheRunWroteAnItemDoesNotUndoTheWrite() {
    assertConverges(
        ConflictPolicy.MOST_RECENT,
        List.of(
            new Edit(Side.CRM, 0, "subject"),
            new Delete(Side.MICROSOFT, 1),
            new Sync(1),
            new Edit(Side.CRM, 0, "subject"),
            new Sync(Integer.MAX_VALUE),
            new Delete(Side.CRM, 0)),
        1);
  }

  private static void assertConverges(ConflictPolicy policy, List<Step> steps, int pageSize) {
    TwoSides world = new TwoSides(new SyncPolicy(Direction.BIDIRECTIONAL, policy, 100), pageSize);

    startWithSyncedItems(world);
    steps.forEach(step -> step.run(world));
    world.sync(Integer.MAX_VALUE);
    world.sync(Integer.MAX_VALUE);

    assertNoDuplicates(world);
    assertEveryItemLinkedToAnEqualCopy(world);
    assertThat(world.sync(Integer.MAX_VALUE).actions()).as("a quiet run does nothing").isEmpty();
    world.oracle.expectations().forEach((origin, expected) -> assertKept(world, origin, expected));
    long unjudged =
        world.oracle.expectations().values().stream().filter(e -> e == Oracle.UNKNOWN).count();
    Statistics.label("items judged by the oracle")
        .collect(world.oracle.expectations().size() - unjudged > 0 ? "some" : "none");
    Statistics.label("items edited mid-write by a crash, unjudged")
        .collect(unjudged > 0 ? "some" : "none");
  }

  @Property(tries = 100)
  void oneWaySyncCopiesEverySourceItemExactlyOnce(
      @ForAll("oneWay") Direction direction,
      @ForAll("scenarios") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 4) int pageSize) {
    TwoSides world =
        new TwoSides(new SyncPolicy(direction, ConflictPolicy.CRM_WINS, 100), pageSize);
    Side source = direction == Direction.CRM_TO_MICROSOFT ? Side.CRM : Side.MICROSOFT;

    startWithSyncedItems(world);
    steps.forEach(step -> step.run(world));
    world.sync(Integer.MAX_VALUE);
    world.sync(Integer.MAX_VALUE);

    assertNoDuplicates(world);
    Map<String, Row> targetByOrigin = byOrigin(world.store(source.other()));
    for (Row item : world.store(source).rows()) {
      assertThat(targetByOrigin).as("copy of %s", item).containsKey(item.origin());
      assertThat(linked(world, source, item.id())).as("link of %s", item).isTrue();
    }
    assertThat(world.sync(Integer.MAX_VALUE).actions()).as("a quiet run does nothing").isEmpty();
  }

  private static void startWithSyncedItems(TwoSides world) {
    world.userCreates(Side.CRM);
    world.userCreates(Side.CRM);
    world.userCreates(Side.MICROSOFT);
    world.sync(Integer.MAX_VALUE);
  }

  @Provide
  Arbitrary<Direction> oneWay() {
    return Arbitraries.of(Direction.CRM_TO_MICROSOFT, Direction.MICROSOFT_TO_CRM);
  }

  private static void assertNoDuplicates(TwoSides world) {
    for (Side side : Side.values()) {
      List<String> origins = world.store(side).rows().stream().map(Row::origin).toList();
      assertThat(origins).as("items on %s", side).doesNotHaveDuplicates();
    }
  }

  private static void assertEveryItemLinkedToAnEqualCopy(TwoSides world) {
    Map<String, Row> crm = byOrigin(world.crm);
    Map<String, Row> microsoft = byOrigin(world.microsoft);
    assertThat(microsoft.keySet()).as("the same items on both sides").isEqualTo(crm.keySet());
    assertThat(world.links).hasSize(crm.size());
    for (SyncLink<TaskFields> link : world.links.values()) {
      Row crmRow = world.crm.row(link.crmId());
      Row microsoftRow = world.microsoft.row(link.microsoftId());
      assertThat(crmRow).as("CRM item of %s", link).isNotNull();
      assertThat(microsoftRow).as("Microsoft item of %s", link).isNotNull();
      assertThat(microsoftRow.origin()).isEqualTo(crmRow.origin());
      assertThat(ContentHash.of(microsoftRow.fields())).isEqualTo(ContentHash.of(crmRow.fields()));
    }
  }

  private static void assertKept(TwoSides world, String origin, Object expected) {
    Row crm = byOrigin(world.crm).get(origin);
    if (expected == Oracle.UNKNOWN) {
      return;
    }
    if (expected == Oracle.GONE) {
      assertThat(crm).as("%s should be deleted", origin).isNull();
      return;
    }
    assertThat(crm).as("%s should exist", origin).isNotNull();
    assertThat(crm.fields()).as("content of %s", origin).isEqualTo(expected);
  }

  private static boolean linked(TwoSides world, Side side, String id) {
    Set<String> ids =
        world.links.values().stream().map(l -> l.id(side)).collect(Collectors.toSet());
    return ids.contains(id);
  }

  private static Map<String, Row> byOrigin(SideStore store) {
    Map<String, Row> rows = new HashMap<>();
    store.rows().forEach(r -> rows.put(r.origin(), r));
    return rows;
  }
}
