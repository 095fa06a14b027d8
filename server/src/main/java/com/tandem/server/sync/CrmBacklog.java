package com.tandem.server.sync;

import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.reconcile.SyncFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The CRM changes of one run that no plan has taken yet: linked ones wait for the page that reports
 * their Microsoft item, unlinked ones for a page with an item of the same title and times (or their
 * CRM-id stamp); whatever is left is planned after the last page.
 *
 * @param <F> the kind of item
 */
final class CrmBacklog<F extends SyncFields<F>> {

  private final Links<F> links;
  private final Map<String, SideChange<F>> pending = new LinkedHashMap<>();
  private final Set<String> linked = new LinkedHashSet<>();
  private final Map<String, Set<String>> unlinkedByKey = new HashMap<>();
  private final Map<String, String> keyOf = new HashMap<>();

  CrmBacklog(Links<F> links) {
    this.links = links;
  }

  /** Whether a change of this CRM item waits already. */
  boolean contains(String crmId) {
    return pending.containsKey(crmId);
  }

  /**
   * Adds changes; unlinked items that {@code wanted} refuses (outside the window) and unlinked
   * deletions concern nobody and are left out.
   */
  void add(List<SideChange<F>> changes, Predicate<F> wanted) {
    Map<String, String> microsoftIds =
        links.microsoftIdsOf(changes.stream().map(SideChange::id).toList());
    for (SideChange<F> change : changes) {
      if (microsoftIds.containsKey(change.id())) {
        pending.put(change.id(), change);
        linked.add(change.id());
      } else if (change instanceof SideChange.Upserted<F> upserted
          && wanted.test(upserted.item().fields())) {
        pending.put(change.id(), change);
        String key = upserted.item().fields().matchKey();
        keyOf.put(change.id(), key);
        unlinkedByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(change.id());
      }
    }
  }

  /** Moves the change of the CRM item, if one waits, into {@code into}. */
  void claim(String crmId, List<SideChange<F>> into) {
    SideChange<F> change = pending.remove(crmId);
    if (change == null) {
      return;
    }
    linked.remove(crmId);
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

  /** Moves every unlinked change whose title and times match {@code matchKey} into {@code into}. */
  void claimMatching(String matchKey, List<SideChange<F>> into) {
    Set<String> candidates = unlinkedByKey.get(matchKey);
    if (candidates != null) {
      List.copyOf(candidates).forEach(crmId -> claim(crmId, into));
    }
  }

  /** The CRM ids of the linked items whose changes still wait. */
  List<String> linkedIds() {
    return List.copyOf(linked);
  }

  /** Takes every change still waiting. */
  List<SideChange<F>> drain() {
    List<SideChange<F>> rest = new ArrayList<>(pending.values());
    pending.clear();
    linked.clear();
    unlinkedByKey.clear();
    keyOf.clear();
    return rest;
  }
}
