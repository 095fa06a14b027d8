package com.tandem.engine.convergence;

import com.tandem.engine.convergence.Oracle.Event;
import com.tandem.engine.convergence.Oracle.Kind;
import com.tandem.engine.convergence.SideStore.Row;
import com.tandem.engine.reconcile.ContentHash;
import com.tandem.engine.reconcile.Plan;
import com.tandem.engine.reconcile.Reconciler;
import com.tandem.engine.reconcile.RunPlanner;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.engine.reconcile.SyncPolicy;
import com.tandem.engine.tasks.TaskFields;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Both sides in memory, the links, and an executor that carries out a plan the way the server must:
 * a Microsoft write first, then the CRM write together with the link. A crash stops it after any
 * single write.
 */
final class TwoSides {

  final SideStore crm = new SideStore("c");
  final SideStore microsoft = new SideStore("m");
  final Map<String, SyncLink<TaskFields>> links = new LinkedHashMap<>();
  final Oracle oracle;
  private final SyncPolicy policy;
  private final MutableClock clock = new MutableClock();
  private final Reconciler reconciler = new Reconciler(clock);
  private int crmCursor;
  private int microsoftCursor;
  private int nextOrigin;
  private int nextValue;

  private final int pageSize;

  TwoSides(SyncPolicy policy) {
    this(policy, Integer.MAX_VALUE);
  }

  /** Both sides, Microsoft's changes reaching a run in pages of {@code pageSize}. */
  TwoSides(SyncPolicy policy, int pageSize) {
    this.policy = policy;
    this.pageSize = pageSize;
    this.oracle = new Oracle(policy.conflictPolicy());
  }

  SideStore store(Side side) {
    return side == Side.CRM ? crm : microsoft;
  }

  void userCreates(Side side) {
    String origin = "o" + (++nextOrigin);
    store(side).create(TaskFields.of("task " + origin), null, origin, tick());
    oracle.record(origin, new Event(side, Kind.CREATE, null, clock.instant()));
  }

  void userEdits(Side side, int pick, String field) {
    List<Row> rows = store(side).rows();
    if (rows.isEmpty()) {
      return;
    }
    Row row = rows.get(pick % rows.size());
    String value = side.name().toLowerCase() + " edit " + (++nextValue);
    store(side).update(row.id(), Oracle.edit(row.fields(), field, value), tick());
    oracle.record(row.origin(), new Event(side, Kind.EDIT, field, clock.instant()));
  }

  void userDeletes(Side side, int pick) {
    List<Row> rows = store(side).rows();
    if (rows.isEmpty()) {
      return;
    }
    Row row = rows.get(pick % rows.size());
    store(side).delete(row.id());
    oracle.record(row.origin(), new Event(side, Kind.DELETE, null, tick()));
  }

  /**
   * One sync run that stops after {@code writeBudget} writes (a crash), or completes. As in the
   * server, each page's actions are carried out before the next page is planned.
   */
  Plan<TaskFields> sync(int writeBudget) {
    int crmEnd = crm.logSize();
    int microsoftEnd = microsoft.logSize();
    Run run = new Run(writeBudget, tick());
    try {
      planPageByPage(crm.changesSince(crmCursor), microsoft.changesSince(microsoftCursor), run);
    } catch (Crash crash) {
      run.settled.forEach(run::settle);
      return new Plan<>(run.planned);
    }
    crmCursor = crmEnd;
    microsoftCursor = microsoftEnd;
    run.completed = true;
    run.settled.addAll(oracle.pendingOrigins());
    run.settled.forEach(run::settle);
    return new Plan<>(run.planned);
  }

  /**
   * What a run decides when Microsoft's changes come in pages, as the server reads them: each page
   * with its links (by Microsoft id and by stamp, as they are after the pages before) and the CRM
   * changes it claims, then the rest, then the run's deletions.
   */
  private void planPageByPage(
      List<SideChange<TaskFields>> crmChanges,
      List<SideChange<TaskFields>> microsoftChanges,
      Run run) {
    RunPlanner<TaskFields> planner = reconciler.startRun(policy, links.size());
    Set<String> linked = new HashSet<>(links.keySet());
    planner.addCrmChanges(crmChanges, linked, fields -> true);
    try {
      planPages(planner, microsoftChanges, run);
    } catch (Crash crash) {
      // The deletions the run decided wait for its end: those items were not settled by it.
      RunPlanner.Settled<TaskFields> lost = planner.settleDeletions();
      run.unsettle(lost.deletions());
      throw crash;
    }
    RunPlanner.Settled<TaskFields> settled = planner.settleDeletions();
    run.unsettle(settled.deletions());
    run.execute(settled.deletions());
    run.execute(settled.held());
  }

  private void planPages(
      RunPlanner<TaskFields> planner, List<SideChange<TaskFields>> microsoftChanges, Run run) {
    for (int from = 0; from < microsoftChanges.size(); from += pageSize) {
      List<SideChange<TaskFields>> page =
          new ArrayList<>(
              microsoftChanges.subList(from, Math.min(microsoftChanges.size(), from + pageSize)));
      Set<String> ids = new HashSet<>();
      page.forEach(change -> ids.add(change.id()));
      Map<String, SyncLink<TaskFields>> pageLinks = new LinkedHashMap<>();
      links.values().stream()
          .filter(l -> ids.contains(l.microsoftId()))
          .forEach(l -> pageLinks.put(l.crmId(), l));
      Set<String> linkedHere = new HashSet<>();
      pageLinks.values().forEach(l -> linkedHere.add(l.microsoftId()));
      for (String stamp : RunPlanner.stampsToLookUp(page, linkedHere)) {
        if (links.containsKey(stamp)) {
          pageLinks.putIfAbsent(stamp, links.get(stamp));
        }
      }
      // The changes were read when the run began, before its writes, as a read-ahead page can be.
      Set<String> again = new HashSet<>(planner.toReadAgain(page, pageLinks.values()));
      page.replaceAll(change -> again.contains(change.id()) ? current(change.id()) : change);
      RunPlanner.PageClaim<TaskFields> claim = planner.claim(page, pageLinks.values());
      List<SideChange<TaskFields>> pageCrm = new ArrayList<>(claim.crmChanges());
      for (String original : claim.unreadOriginals()) {
        Row row = crm.row(original);
        pageCrm.add(row == null ? SideChange.deleted(original) : SideChange.upserted(row.state()));
      }
      run.execute(planner.plan(pageLinks.values(), pageCrm, page));
    }
    List<SyncLink<TaskFields>> rest = planner.waitingLinkedIds().stream().map(links::get).toList();
    run.execute(planner.plan(rest, planner.drain(), List.of()));
  }

  private SideChange<TaskFields> current(String microsoftId) {
    Row row = microsoft.row(microsoftId);
    return row == null ? SideChange.deleted(microsoftId) : SideChange.upserted(row.state());
  }

  /**
   * One run's writes: the actions planned so far, the write budget, and which items it settled.
   * Each batch of actions is carried out item by item; a crash stops the run.
   */
  private final class Run {
    private final Writes writes;
    private final Instant at;
    private final Map<String, TaskFields> crmBefore = contentByOrigin(crm);
    private final Map<String, TaskFields> microsoftBefore = contentByOrigin(microsoft);
    private final List<SyncAction<TaskFields>> planned = new ArrayList<>();
    private final Set<String> settled = new LinkedHashSet<>();
    private final Set<String> written = new HashSet<>();
    private boolean completed;

    Run(int writeBudget, Instant at) {
      this.writes = new Writes(writeBudget);
      this.at = at;
    }

    void execute(List<? extends SyncAction<TaskFields>> actions) {
      planned.addAll(actions);
      Map<String, List<SyncAction<TaskFields>>> byOrigin = new LinkedHashMap<>();
      for (SyncAction<TaskFields> action : actions) {
        byOrigin.computeIfAbsent(originOf(action), o -> new ArrayList<>()).add(action);
      }
      for (Map.Entry<String, List<SyncAction<TaskFields>>> item : byOrigin.entrySet()) {
        String origin = item.getKey();
        int before = writes.done;
        Progress progress = new Progress();
        try {
          for (SyncAction<TaskFields> action : item.getValue()) {
            apply(action, writes, at, progress);
          }
        } catch (Crash crash) {
          settled.remove(origin);
          if (progress.intent) {
            // The decision is durable; the next run finishes the writes still missing.
            settle(origin);
            oracle.unwritten(origin, progress.unwritten);
          } else if (writes.done > before || written.contains(origin)) {
            oracle.interrupt(origin);
          }
          throw crash;
        }
        if (writes.done > before) {
          written.add(origin);
        }
        settled.add(origin);
      }
    }

    /** The items of these actions are settled only once the actions are carried out. */
    void unsettle(List<? extends SyncAction<TaskFields>> actions) {
      actions.forEach(action -> settled.remove(originOf(action)));
    }

    void settle(String origin) {
      oracle.settle(origin, crmBefore.get(origin), microsoftBefore.get(origin), completed);
    }
  }

  /**
   * A copy a crashed run made in Microsoft for this create (stamped with its CRM id, and not the
   * deleted one it replaces), which the server looks up before creating again; else null.
   */
  private String copyMadeBefore(SyncAction.Create<TaskFields> create) {
    if (create.target() != Side.MICROSOFT) {
      return null;
    }
    String replaced = create.replaces() == null ? null : create.replaces().microsoftId();
    return microsoft.rows().stream()
        .filter(r -> create.crmIdStamp().equals(r.stamp()) && !r.id().equals(replaced))
        .map(Row::id)
        .findFirst()
        .orElse(null);
  }

  private void apply(SyncAction<TaskFields> action, Writes writes, Instant at, Progress progress) {
    if (action instanceof SyncAction.Create<TaskFields> create) {
      Side source = create.target().other();
      String origin = store(source).originOf(create.sourceId());
      writes.next();
      String id = copyMadeBefore(create);
      if (id == null) {
        id = store(create.target()).create(create.fields(), create.crmIdStamp(), origin, at);
      } else if (!ContentHash.of(microsoft.row(id).fields())
          .equals(ContentHash.of(create.fields()))) {
        microsoft.update(id, create.fields(), at);
      }
      if (create.target() == Side.MICROSOFT) {
        writes.next();
      }
      if (create.replaces() != null) {
        links.remove(create.replaces().crmId());
      }
      put(create.link(id, store(create.target()).row(id).version()));
    } else if (action instanceof SyncAction.Update<TaskFields> update) {
      String microsoftVersion = null;
      String crmVersion = null;
      writes.next();
      put(update.intent());
      progress.intent = true;
      progress.unwritten.addAll(update.targets());
      if (update.targets().contains(Side.MICROSOFT)) {
        writes.next();
        microsoftVersion = microsoft.update(update.microsoftId(), update.fields(), at);
        progress.unwritten.remove(Side.MICROSOFT);
      }
      writes.next();
      if (update.targets().contains(Side.CRM)) {
        crmVersion = crm.update(update.crmId(), update.fields(), at);
      }
      put(update.link(crmVersion, microsoftVersion));
    } else if (action instanceof SyncAction.Delete<TaskFields> delete) {
      writes.next();
      store(delete.target()).delete(delete.targetId());
      if (delete.target() == Side.MICROSOFT) {
        writes.next();
      }
      links.remove(delete.link().crmId());
    } else if (action instanceof SyncAction.Link<TaskFields> link) {
      writes.next();
      put(link.link());
    } else if (action instanceof SyncAction.Unlink<TaskFields> unlink) {
      writes.next();
      links.remove(unlink.link().crmId());
    } else if (action instanceof SyncAction.HoldForApproval<TaskFields>) {
      throw new AssertionError("no deletions are held at 100 %: " + action);
    }
  }

  private void put(SyncLink<TaskFields> link) {
    links.values().removeIf(l -> l.microsoftId().equals(link.microsoftId()));
    links.put(link.crmId(), link);
  }

  private String originOf(SyncAction<TaskFields> action) {
    if (action instanceof SyncAction.Create<TaskFields> c) {
      return store(c.target().other()).originOf(c.sourceId());
    }
    if (action instanceof SyncAction.Update<TaskFields> u) {
      return crm.originOf(u.crmId());
    }
    if (action instanceof SyncAction.Delete<TaskFields> d) {
      return crm.originOf(d.link().crmId());
    }
    if (action instanceof SyncAction.Link<TaskFields> l) {
      return crm.originOf(l.link().crmId());
    }
    if (action instanceof SyncAction.Unlink<TaskFields> u) {
      return crm.originOf(u.link().crmId());
    }
    if (action instanceof SyncAction.RecordConflict<TaskFields> r) {
      return crm.originOf(r.conflict().crmId());
    }
    return "hold";
  }

  private static Map<String, TaskFields> contentByOrigin(SideStore store) {
    Map<String, TaskFields> content = new HashMap<>();
    for (Row row : store.rows()) {
      content.put(row.origin(), row.fields());
    }
    return content;
  }

  private Instant tick() {
    clock.now = clock.now.plusSeconds(1);
    return clock.now;
  }

  /** How far one item's actions got before a crash. */
  private static final class Progress {
    private boolean intent;
    private final Set<Side> unwritten = EnumSet.noneOf(Side.class);
  }

  /** Counts writes and crashes when the budget is spent. */
  private static final class Writes {
    private final int budget;
    private int done;

    Writes(int budget) {
      this.budget = budget;
    }

    void next() {
      if (done == budget) {
        throw new Crash();
      }
      done++;
    }
  }

  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
