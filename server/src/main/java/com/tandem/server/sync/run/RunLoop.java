package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.Reconciler;
import com.tandem.engine.reconcile.RunPlanner;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.server.activity.Change;
import com.tandem.server.activity.ChangeFeed;
import com.tandem.server.activity.Origin;
import com.tandem.server.sync.resource.MicrosoftPage;
import com.tandem.server.sync.resource.MicrosoftPages;
import com.tandem.server.sync.resource.SkippedItem;
import com.tandem.server.sync.resource.SyncWindow;
import com.tandem.server.sync.store.JdbcResourceCursors;
import com.tandem.server.sync.store.Links;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run's reading and deciding: the CRM change feed after the stored cursor, then the Microsoft
 * changes page by page — each page planned with only the links and CRM changes it concerns, carried
 * out, and its resume link stored — then the CRM changes no page claimed. Deletions wait until the
 * end so that the deletion limit counts over the whole run.
 *
 * @param <F> the kind of item
 */
final class RunLoop<F extends SyncFields<F>> {

  private static final int FEED_BATCH = 1000;

  private final RunContext<F> setup;
  private final Links<F> links;
  private final ChangeFeed feed;
  private final JdbcResourceCursors cursors;
  private final Reconciler reconciler;
  private final PlanExecutor<F> execution;
  private final RunJournal tally;
  private final RunPlanner<F> planner;
  private final Set<String> seen;
  private final int linkedAtStart;
  private SyncWindow window;
  private long lastSeq;
  private boolean liveLoaded;
  private boolean fullFromScratch;

  RunLoop(
      RunInProgress<F> run,
      ChangeFeed feed,
      JdbcResourceCursors cursors,
      Reconciler reconciler,
      PlanExecutor<F> execution) {
    this.setup = run.context();
    this.links = run.links();
    this.feed = feed;
    this.cursors = cursors;
    this.reconciler = reconciler;
    this.execution = execution;
    this.tally = run.journal();
    this.seen = run.linkedMicrosoftIds();
    this.linkedAtStart = links.count();
    this.planner = reconciler.startRun(setup.policy(), linkedAtStart);
  }

  /** Runs the pass; returns the held deletions (empty when none were held). */
  List<SyncAction.HoldForApproval<F>> run() {
    String link = chooseRound();
    // Read first: every CRM change up to it is visible to what follows.
    long feedEnd = feed.lastSeq();
    if (link == null) {
      loadLiveCrmItems();
    }
    if (link == null && linkedAtStart == 0) {
      // Nothing is linked yet, so the feed can only name items the live ones just read cover: a
      // first sync skips it (after a calendar import, the tasks would else read every event's).
      lastSeq = Math.max(setup.cursor().crmCursor(), feedEnd);
    } else {
      readCrmFeed(feedEnd);
    }
    String deltaLink;
    try {
      deltaLink = readRound(link);
    } catch (SyncStateExpiredException e) {
      if (link == null) {
        throw e;
      }
      // The token expired: read everything again; ids relink what exists, nothing is re-created.
      seen.clear();
      deltaLink = readRound(null);
    }
    planUnclaimedCrmChanges();
    List<SyncAction.HoldForApproval<F>> held = settleDeletions();
    if (!setup.dryRun()) {
      cursors.advance(
          setup.userId(), setup.id(), deltaLink, window, setup.target().listId(), lastSeq);
    }
    return held;
  }

  private String chooseRound() {
    DeltaRound round = setup.round(setup.target());
    window = round.window();
    return round.link();
  }

  private String readRound(String link) {
    fullFromScratch = link == null;
    if (fullFromScratch) {
      loadLiveCrmItems();
    }
    try (MicrosoftPages<F> pages = setup.microsoft().changes(setup.target(), link, window)) {
      // The run pulls each page and applies it before it pulls the next.
      for (var page = pages.next(); page.isPresent(); page = pages.next()) {
        apply(page.get());
      }
      return pages.deltaLink();
    }
  }

  /** Reads the other writers' changes of this resource's type up to {@code feedEnd}. */
  private void readCrmFeed(long feedEnd) {
    long after = setup.cursor().crmCursor();
    Set<String> ids = new LinkedHashSet<>();
    List<Change> batch;
    do {
      // Sync's own writes are recorded in their links in the same transaction: not news.
      batch =
          feed.readForUser(
              setup.userId(), setup.id().changeType(), Origin.SYNC, after, feedEnd, FEED_BATCH);
      for (Change change : batch) {
        ids.add(change.id());
        after = change.seq();
      }
    } while (batch.size() == FEED_BATCH);
    lastSeq = Math.max(setup.cursor().crmCursor(), feedEnd);
    List<SideChange<F>> changes = new ArrayList<>();
    for (String id : ids) {
      if (!planner.waiting(id)) {
        crmChange(id).ifPresent(changes::add);
      }
    }
    addToBacklog(changes);
  }

  private void addToBacklog(List<SideChange<F>> changes) {
    Set<String> linked =
        links.microsoftIdsOf(changes.stream().map(SideChange::id).toList()).keySet();
    planner.addCrmChanges(changes, linked, this::inWindow);
  }

  private void loadLiveCrmItems() {
    if (liveLoaded) {
      return;
    }
    liveLoaded = true;
    List<SideChange<F>> live = new ArrayList<>();
    setup
        .crm()
        .forEachLive(
            setup.userId(),
            window,
            item -> {
              if (!planner.waiting(item.id())) {
                live.add(SideChange.upserted(item));
              }
            });
    addToBacklog(live);
  }

  private boolean inWindow(F fields) {
    return setup.crm().inWindow(fields, window);
  }

  private void apply(MicrosoftPage<F> page) {
    for (SkippedItem skipped : page.skipped()) {
      tally.skipped(Side.MICROSOFT, null, skipped.id(), skipped.title(), skipped.reason());
    }
    List<SideChange<F>> changes = page.changes();
    List<String> ids = changes.stream().map(SideChange::id).toList();
    seen.addAll(ids);
    Map<String, SyncLink<F>> pageLinks = new LinkedHashMap<>();
    links.byMicrosoftIds(ids).forEach(l -> pageLinks.put(l.crmId(), l));
    Set<String> linkedHere = new HashSet<>();
    pageLinks.values().forEach(l -> linkedHere.add(l.microsoftId()));
    changes = withStamps(changes, page.unreadStamps(), linkedHere);
    links
        .byCrmIds(RunPlanner.stampsToLookUp(changes, linkedHere))
        .forEach(l -> pageLinks.putIfAbsent(l.crmId(), l));
    changes = readAgain(changes, planner.toReadAgain(changes, pageLinks.values()));
    RunPlanner.PageClaim<F> claim = planner.claim(changes, pageLinks.values());
    List<SideChange<F>> crmChanges = new ArrayList<>(claim.crmChanges());
    // A stamped copy whose CRM item is neither linked nor changed was made by a run that ended
    // before recording its link: the CRM item as it is now decides whether it is linked or goes.
    claim.unreadOriginals().forEach(crmId -> crmChange(crmId).ifPresent(crmChanges::add));
    plan(pageLinks.values(), crmChanges, changes);
    tally.flush();
    boolean linksBeforeFullRead = fullFromScratch && linkedAtStart > 0;
    // A resume link is stored only once everything before it is durable: not while deletions wait
    // for the end of the run, nor while a full re-read must still see every page to tell what is
    // missing.
    if (!setup.dryRun() && !planner.deletionsWaiting() && !linksBeforeFullRead) {
      cursors.deltaLink(
          setup.userId(), setup.id(), page.resumeLink(), window, setup.target().listId());
    }
  }

  /**
   * The page's changes with the stamps of unlinked items read where the page could not carry them,
   * so that a copy Tandem made is never imported as a new item (its link may have been lost, say by
   * restoring an older database).
   */
  private List<SideChange<F>> withStamps(
      List<SideChange<F>> changes, Set<String> unreadStamps, Set<String> linkedHere) {
    if (unreadStamps.isEmpty()) {
      return changes;
    }
    List<SideChange<F>> read = new ArrayList<>(changes.size());
    for (SideChange<F> change : changes) {
      if (change instanceof SideChange.Upserted<F> upserted
          && upserted.item().crmIdStamp() == null
          && unreadStamps.contains(change.id())
          && !linkedHere.contains(change.id())) {
        read.add(
            setup
                .microsoft()
                .read(setup.target(), change.id())
                .<SideChange<F>>map(SideChange::upserted)
                .orElse(change));
      } else {
        read.add(change);
      }
    }
    return read;
  }

  /**
   * The page's changes with the items an earlier page of this run wrote read as they are now: the
   * page was read ahead and may show them as they were before.
   */
  private List<SideChange<F>> readAgain(List<SideChange<F>> changes, List<String> ids) {
    if (ids.isEmpty()) {
      return changes;
    }
    Set<String> again = new HashSet<>(ids);
    List<SideChange<F>> read = new ArrayList<>(changes.size());
    for (SideChange<F> change : changes) {
      if (!again.contains(change.id())) {
        read.add(change);
        continue;
      }
      try {
        read.add(microsoftNow(change.id()));
      } catch (IllegalArgumentException e) {
        // Edited since into something Tandem cannot take: skipped, as a page would skip it.
        tally.skipped(Side.MICROSOFT, null, change.id(), null, e.getMessage());
      }
    }
    return read;
  }

  /** The Microsoft item as it is now, read again; deleted when gone. */
  private SideChange<F> microsoftNow(String microsoftId) {
    return setup
        .microsoft()
        .read(setup.target(), microsoftId)
        .<SideChange<F>>map(SideChange::upserted)
        .orElse(SideChange.deleted(microsoftId));
  }

  /** The CRM item as it is now (deleted when gone); empty, and logged, when it cannot be read. */
  private Optional<SideChange<F>> crmChange(String crmId) {
    try {
      return Optional.of(
          setup
              .crm()
              .find(setup.userId(), crmId)
              .map(SideChange::upserted)
              .orElse(SideChange.deleted(crmId)));
    } catch (IllegalArgumentException e) {
      tally.skipped(Side.CRM, crmId, null, null, e.getMessage());
      return Optional.empty();
    }
  }

  private void planUnclaimedCrmChanges() {
    Map<String, SyncLink<F>> inputLinks = new LinkedHashMap<>();
    links.byCrmIds(planner.waitingLinkedIds()).forEach(l -> inputLinks.put(l.crmId(), l));
    List<SideChange<F>> microsoftChanges = new ArrayList<>();
    if (fullFromScratch && linkedAtStart > 0) {
      // A full re-read reports what exists; a linked item it did not see may be gone, or merely
      // have moved out of the window: ask for it before calling it deleted.
      List<SyncLink<F>> unseen = new ArrayList<>();
      links.forEach(
          l -> {
            if (!seen.contains(l.microsoftId()) && setup.crm().inWindow(l.synced(), window)) {
              unseen.add(l);
            }
          });
      for (SyncLink<F> link : unseen) {
        microsoftChanges.add(microsoftNow(link.microsoftId()));
        inputLinks.putIfAbsent(link.crmId(), link);
      }
    }
    plan(inputLinks.values(), planner.drain(), microsoftChanges);
  }

  private void plan(
      Collection<SyncLink<F>> inputLinks,
      List<SideChange<F>> crmChanges,
      List<SideChange<F>> microsoftChanges) {
    List<SyncAction<F>> now = planner.plan(inputLinks, crmChanges, microsoftChanges);
    if (!now.isEmpty()) {
      execution.execute(now, List.copyOf(inputLinks));
    }
  }

  /** Carries out the run's deletions, or records the ones the engine held for approval. */
  private List<SyncAction.HoldForApproval<F>> settleDeletions() {
    RunPlanner.Settled<F> settled = planner.settleDeletions();
    for (SyncAction.HoldForApproval<F> hold : settled.held()) {
      for (SyncAction.Delete<F> delete : hold.deletions()) {
        tally.held(
            hold.side(),
            delete.link().crmId(),
            delete.link().microsoftId(),
            execution.title(delete.link().synced()),
            hold.deletions().size() + " of " + linkedAtStart + " linked items");
      }
    }
    for (SyncAction.Delete<F> delete : settled.deletions()) {
      execution.execute(List.of(delete), List.of(delete.link()));
    }
    return settled.held();
  }
}
