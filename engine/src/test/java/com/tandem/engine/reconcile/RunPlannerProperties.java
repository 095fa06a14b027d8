package com.tandem.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.tasks.TaskFields;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Planning a run page by page decides what one plan of all its changes decides: the same actions
 * for the same items (pairing by link, by stamp and by title and times), and the same deletions
 * held or carried out.
 */
class RunPlannerProperties {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Reconciler RECONCILER =
      new Reconciler(Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC));

  /** What happened to one item since the last run, on each side. */
  enum Fate {
    UNCHANGED,
    EDITED,
    DELETED
  }

  /** One linked item: its fate on each side. */
  record Linked(Fate crm, Fate microsoft) {}

  /** One run's world: linked items, new items on each side (titles may repeat), stamped copies. */
  record World(List<Linked> linked, List<Integer> newCrm, List<Integer> newMicrosoft, int copies) {}

  @Provide
  Arbitrary<World> worlds() {
    Arbitrary<Linked> linked =
        net.jqwik.api.Combinators.combine(Arbitraries.of(Fate.class), Arbitraries.of(Fate.class))
            .as(Linked::new);
    Arbitrary<Integer> titles = Arbitraries.integers().between(0, 3);
    return net.jqwik.api.Combinators.combine(
            linked.list().ofMaxSize(25),
            titles.list().ofMaxSize(5),
            titles.list().ofMaxSize(5),
            Arbitraries.integers().between(0, 3))
        .as(World::new);
  }

  @Property(tries = 300)
  void pageByPageDecidesWhatOnePlanOfEverythingDecides(
      @ForAll("worlds") World world,
      @ForAll @IntRange(min = 1, max = 6) int pageSize,
      @ForAll @IntRange(min = 1, max = 100) int maxDeletePercent) {
    SyncPolicy policy = SyncPolicy.defaults();
    policy = new SyncPolicy(policy.direction(), policy.conflictPolicy(), maxDeletePercent);
    List<SyncLink<TaskFields>> links = new ArrayList<>();
    List<SideChange<TaskFields>> crm = new ArrayList<>();
    List<SideChange<TaskFields>> microsoft = new ArrayList<>();
    build(world, links, crm, microsoft);

    List<String> once =
        describe(RECONCILER.plan(policy, new SyncInput<>(links, crm, microsoft)).actions());
    List<String> paged = describe(pageByPage(policy, links, crm, microsoft, pageSize));

    assertThat(paged).containsExactlyInAnyOrderElementsOf(once);
  }

  private static void build(
      World world,
      List<SyncLink<TaskFields>> links,
      List<SideChange<TaskFields>> crm,
      List<SideChange<TaskFields>> microsoft) {
    for (int i = 0; i < world.linked().size(); i++) {
      Linked l = world.linked().get(i);
      TaskFields base = TaskFields.of("linked " + i);
      links.add(SyncLink.of("c" + i, "cv1", "m" + i, "mv1", base, T0));
      change(crm, "c" + i, l.crm(), base.withSubject("crm edit " + i));
      change(microsoft, "m" + i, l.microsoft(), base.withSubject("outlook edit " + i));
    }
    int copies = Math.min(world.copies(), world.newCrm().size());
    for (int i = 0; i < world.newCrm().size(); i++) {
      // An item with a stamped copy has a title of its own: a streamed run pairs an Outlook item of
      // the same title on an earlier page by title, not knowing that the copy comes later.
      String title = i < copies ? "stamped " + i : "title " + world.newCrm().get(i);
      crm.add(SideChange.upserted(state("cn" + i, title)));
    }
    for (int i = 0; i < world.newMicrosoft().size(); i++) {
      microsoft.add(SideChange.upserted(state("mn" + i, "title " + world.newMicrosoft().get(i))));
    }
    for (int i = 0; i < copies; i++) {
      // A copy made by a run that ended before its link: stamped with its new CRM item's id.
      microsoft.add(SideChange.upserted(state("mc" + i, "copy " + i).stampedWith("cn" + i)));
    }
  }

  private static void change(
      List<SideChange<TaskFields>> into, String id, Fate fate, TaskFields edited) {
    switch (fate) {
      case EDITED ->
          into.add(SideChange.upserted(ItemState.of(id, "v2", T0.plusSeconds(60), edited)));
      case DELETED -> into.add(SideChange.deleted(id));
      case UNCHANGED -> {}
    }
  }

  private static ItemState<TaskFields> state(String id, String subject) {
    return ItemState.of(id, "v1", T0, TaskFields.of(subject));
  }

  /**
   * The run as the server carries it out: pages with their links, then the rest, then deletions.
   */
  private static List<SyncAction<TaskFields>> pageByPage(
      SyncPolicy policy,
      List<SyncLink<TaskFields>> links,
      List<SideChange<TaskFields>> crm,
      List<SideChange<TaskFields>> microsoft,
      int pageSize) {
    Map<String, SyncLink<TaskFields>> byCrm = new LinkedHashMap<>();
    links.forEach(l -> byCrm.put(l.crmId(), l));
    RunPlanner<TaskFields> run = RECONCILER.startRun(policy, links.size());
    run.addCrmChanges(crm, byCrm.keySet(), fields -> true);
    List<SyncAction<TaskFields>> actions = new ArrayList<>();
    for (int from = 0; from < microsoft.size(); from += pageSize) {
      List<SideChange<TaskFields>> page =
          microsoft.subList(from, Math.min(microsoft.size(), from + pageSize));
      Set<String> ids = new HashSet<>();
      page.forEach(c -> ids.add(c.id()));
      Map<String, SyncLink<TaskFields>> pageLinks = new LinkedHashMap<>();
      links.stream()
          .filter(l -> ids.contains(l.microsoftId()))
          .forEach(l -> pageLinks.put(l.crmId(), l));
      Set<String> linkedHere = new HashSet<>();
      pageLinks.values().forEach(l -> linkedHere.add(l.microsoftId()));
      for (String stamp : RunPlanner.stampsToLookUp(page, linkedHere)) {
        if (byCrm.containsKey(stamp)) {
          pageLinks.putIfAbsent(stamp, byCrm.get(stamp));
        }
      }
      RunPlanner.PageClaim<TaskFields> claim = run.claim(page, pageLinks.values());
      assertThat(claim.unreadOriginals()).as("every stamped original was read").isEmpty();
      actions.addAll(run.plan(pageLinks.values(), claim.crmChanges(), page));
    }
    actions.addAll(
        run.plan(run.waitingLinkedIds().stream().map(byCrm::get).toList(), run.drain(), List.of()));
    RunPlanner.Settled<TaskFields> settled = run.settleDeletions();
    actions.addAll(settled.deletions());
    actions.addAll(settled.held());
    return actions;
  }

  /** Each action in words that do not depend on the order of planning. */
  private static List<String> describe(List<SyncAction<TaskFields>> actions) {
    List<String> words = new ArrayList<>();
    for (SyncAction<TaskFields> action : actions) {
      if (action instanceof SyncAction.HoldForApproval<TaskFields> hold) {
        List<String> ids =
            new ArrayList<>(hold.deletions().stream().map(d -> d.link().crmId()).toList());
        ids.sort(null);
        words.add("hold " + hold.side() + " " + ids + " of " + hold.linkedItems());
      } else if (action instanceof SyncAction.Delete<TaskFields> d) {
        words.add("delete " + d.target() + " " + d.link().crmId() + " " + d.link().microsoftId());
      } else {
        words.add(action.toString());
      }
    }
    return words;
  }
}
