package com.tandem.engine.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One sync run's decisions when Microsoft's changes arrive page by page. The CRM changes the run
 * read wait in its backlog until a page claims them: a linked one by the page that reports its
 * Microsoft item, an unlinked one by a page with the copy stamped with its id or with an item of
 * the same title and times (one CRM item for each such item). Each page is planned with only what
 * it concerns; what no page claimed is planned after the last. Deletions wait for the end of the
 * run and are weighed there against the deletion limit over the run, as one plan of everything
 * would.
 *
 * <p>The caller reads (links by id, CRM items by id) and carries the actions out; every rule is
 * here.
 *
 * @param <F> the kind of item
 */
public final class RunPlanner<F extends SyncFields<F>> {

  /**
   * What one page concerns besides its own Microsoft changes.
   *
   * @param crmChanges the CRM changes it claimed from the backlog
   * @param unreadOriginals the CRM ids stamped on its unlinked copies whose CRM item the run has
   *     not read (neither linked nor changed): the caller reads each and adds it to the page's CRM
   *     changes (as deleted when gone), so that such a copy is linked or goes, never imported
   */
  public record PageClaim<F extends SyncFields<F>>(
      List<SideChange<F>> crmChanges, List<String> unreadOriginals) {}

  /**
   * The run's deletions, weighed over the run.
   *
   * @param deletions the deletions to carry out
   * @param held the deletions of a side that asked too much, held for approval
   */
  public record Settled<F extends SyncFields<F>>(
      List<SyncAction.Delete<F>> deletions, List<SyncAction.HoldForApproval<F>> held) {}

  private final Reconciler reconciler;
  private final SyncPolicy policy;
  private final int linkedAtStart;
  private final Map<String, SideChange<F>> waiting = new LinkedHashMap<>();
  private final Set<String> waitingLinked = new LinkedHashSet<>();
  private final Map<String, Set<String>> unlinkedByKey = new HashMap<>();
  private final Map<String, String> keyOf = new HashMap<>();
  private final List<SyncAction.Delete<F>> deferred = new ArrayList<>();
  private final Set<String> decidedCrm = new HashSet<>();
  private final Set<String> decidedMicrosoft = new HashSet<>();

  RunPlanner(Reconciler reconciler, SyncPolicy policy, int linkedAtStart) {
    this.reconciler = reconciler;
    this.policy = policy;
    this.linkedAtStart = linkedAtStart;
  }

  /** Whether a change of this CRM item waits in the backlog already. */
  public boolean waiting(String crmId) {
    return waiting.containsKey(crmId);
  }

  /**
   * Adds CRM changes to the backlog; {@code linked} names those whose items are linked. Unlinked
   * items that {@code wanted} refuses (outside the window) and unlinked deletions concern nobody
   * and are left out.
   */
  public void addCrmChanges(List<SideChange<F>> changes, Set<String> linked, Predicate<F> wanted) {
    for (SideChange<F> change : changes) {
      if (linked.contains(change.id())) {
        waiting.put(change.id(), change);
        waitingLinked.add(change.id());
      } else if (change instanceof SideChange.Upserted<F> upserted
          && wanted.test(upserted.item().fields())) {
        waiting.put(change.id(), change);
        String key = upserted.item().fields().matchKey();
        keyOf.put(change.id(), key);
        unlinkedByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(change.id());
      }
    }
  }

  /**
   * The CRM ids stamped on a page's Microsoft items that no link of the page names: the caller
   * looks their links up and passes them to {@link #claim} with the page's links.
   */
  public static <F extends SyncFields<F>> List<String> stampsToLookUp(
      List<SideChange<F>> microsoftChanges, Set<String> linkedMicrosoftIds) {
    List<String> stamps = new ArrayList<>();
    for (SideChange<F> change : microsoftChanges) {
      if (change instanceof SideChange.Upserted<F> upserted
          && upserted.item().crmIdStamp() != null
          && !linkedMicrosoftIds.contains(change.id())) {
        stamps.add(upserted.item().crmIdStamp());
      }
    }
    return stamps;
  }

  /**
   * The Microsoft items on a page that an earlier page of this run already decided and that the
   * page reports at another version than their links record. Pages are read ahead of the writes, so
   * such a report may show the item as it was before the run wrote it, and planning it would undo
   * the run's own write: the caller reads each again and passes the item as it is now.
   */
  public List<String> toReadAgain(
      List<SideChange<F>> microsoftChanges, Collection<SyncLink<F>> links) {
    Map<String, SyncLink<F>> byMicrosoftId = new HashMap<>();
    links.forEach(link -> byMicrosoftId.put(link.microsoftId(), link));
    List<String> again = new ArrayList<>();
    for (SideChange<F> change : microsoftChanges) {
      if (!(change instanceof SideChange.Upserted<F> upserted)) {
        continue;
      }
      SyncLink<F> link = byMicrosoftId.get(change.id());
      String stamp = upserted.item().crmIdStamp();
      boolean decided =
          decidedMicrosoft.contains(change.id())
              || (link != null && decidedCrm.contains(link.crmId()))
              || (stamp != null && decidedCrm.contains(stamp));
      if (decided && (link == null || !link.microsoftVersion().equals(upserted.item().version()))) {
        again.add(change.id());
      }
    }
    return again;
  }

  /**
   * Claims from the backlog what one page concerns, given its Microsoft changes and the links of
   * its Microsoft items and of the CRM ids stamped on them.
   */
  public PageClaim<F> claim(List<SideChange<F>> microsoftChanges, Collection<SyncLink<F>> links) {
    Set<String> linkedMicrosoft = new LinkedHashSet<>();
    Set<String> linkedCrm = new LinkedHashSet<>();
    for (SyncLink<F> link : links) {
      linkedMicrosoft.add(link.microsoftId());
      linkedCrm.add(link.crmId());
    }
    List<String> stamps = stampsToLookUp(microsoftChanges, linkedMicrosoft);
    List<SideChange<F>> claimed = new ArrayList<>();
    linkedCrm.forEach(crmId -> take(crmId, claimed));
    stamps.forEach(crmId -> take(crmId, claimed));
    Set<String> present = new LinkedHashSet<>();
    claimed.forEach(change -> present.add(change.id()));
    List<String> unread = new ArrayList<>();
    for (String crmId : stamps) {
      if (!linkedCrm.contains(crmId) && present.add(crmId)) {
        unread.add(crmId);
      }
    }
    for (SideChange<F> change : microsoftChanges) {
      if (change instanceof SideChange.Upserted<F> upserted
          && upserted.item().crmIdStamp() == null
          && !linkedMicrosoft.contains(change.id())) {
        takeOneMatching(upserted.item().fields().matchKey(), claimed);
      }
    }
    return new PageClaim<>(claimed, unread);
  }

  /**
   * Plans one page (or the rest after the last page): the actions to carry out now; its deletions
   * wait for {@link #settleDeletions()}.
   */
  public List<SyncAction<F>> plan(
      Collection<SyncLink<F>> links,
      List<SideChange<F>> crmChanges,
      List<SideChange<F>> microsoftChanges) {
    if (crmChanges.isEmpty() && microsoftChanges.isEmpty()) {
      return List.of();
    }
    List<SyncAction<F>> now = new ArrayList<>();
    for (SyncAction<F> action :
        reconciler.decide(
            policy, new SyncInput<>(List.copyOf(links), crmChanges, microsoftChanges))) {
      if (action instanceof SyncAction.Delete<F> delete) {
        deferred.add(delete);
      } else {
        now.add(action);
        decided(action);
      }
    }
    return now;
  }

  /** Notes the items an action writes or links, for {@link #toReadAgain}. */
  private void decided(SyncAction<F> action) {
    if (action instanceof SyncAction.Create<F> create) {
      (create.target() == Side.MICROSOFT ? decidedCrm : decidedMicrosoft).add(create.sourceId());
      if (create.replaces() != null) {
        decidedCrm.add(create.replaces().crmId());
      }
    } else if (action instanceof SyncAction.Update<F> update) {
      decidedCrm.add(update.crmId());
      decidedMicrosoft.add(update.microsoftId());
    } else if (action instanceof SyncAction.Link<F> link) {
      decidedCrm.add(link.link().crmId());
      decidedMicrosoft.add(link.link().microsoftId());
    }
  }

  /** The CRM ids of the linked items whose changes still wait (their links are looked up). */
  public List<String> waitingLinkedIds() {
    return List.copyOf(waitingLinked);
  }

  /** Takes every CRM change still waiting, for the plan after the last page. */
  public List<SideChange<F>> drain() {
    List<SideChange<F>> rest = new ArrayList<>(waiting.values());
    waiting.clear();
    waitingLinked.clear();
    unlinkedByKey.clear();
    keyOf.clear();
    return rest;
  }

  /** Whether deletions wait for the end of the run (a resume link stored now would skip them). */
  public boolean deletionsWaiting() {
    return !deferred.isEmpty();
  }

  /**
   * The run's deletions: on each side, all of them unless they exceed the deletion limit over the
   * links at the run's start, in which case they are held for approval together.
   */
  public Settled<F> settleDeletions() {
    List<SyncAction.Delete<F>> now = new ArrayList<>();
    List<SyncAction.HoldForApproval<F>> held = new ArrayList<>();
    for (Side side : Side.values()) {
      List<SyncAction.Delete<F>> deletions =
          deferred.stream().filter(d -> d.target() == side).toList();
      if (DeletionSafety.exceeds(deletions.size(), linkedAtStart, policy.maxDeletePercent())) {
        held.add(new SyncAction.HoldForApproval<>(side, deletions, linkedAtStart));
      } else {
        now.addAll(deletions);
      }
    }
    deferred.clear();
    return new Settled<>(now, held);
  }

  private void take(String crmId, List<SideChange<F>> into) {
    SideChange<F> change = waiting.remove(crmId);
    if (change == null) {
      return;
    }
    waitingLinked.remove(crmId);
    String key = keyOf.remove(crmId);
    if (key != null) {
      Set<String> same = unlinkedByKey.get(key);
      same.remove(crmId);
      if (same.isEmpty()) {
        unlinkedByKey.remove(key);
      }
    }
    into.add(change);
  }

  /** Claims the first waiting unlinked CRM change with this title and times, if any. */
  private void takeOneMatching(String matchKey, List<SideChange<F>> into) {
    Set<String> candidates = unlinkedByKey.get(matchKey);
    if (candidates != null && !candidates.isEmpty()) {
      take(candidates.iterator().next(), into);
    }
  }
}
