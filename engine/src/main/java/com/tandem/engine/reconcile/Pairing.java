package com.tandem.engine.reconcile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups what both sides reported into items: linked items with their links, unlinked items matched
 * by CRM-id stamp or by title and times, and the rest as new on one side.
 */
final class Pairing<F extends SyncFields<F>> {

  private final Map<String, SideChange<F>> crm;
  private final Map<String, SideChange<F>> microsoft;
  private final Map<String, SyncLink<F>> linksByCrmId = new LinkedHashMap<>();
  private final Set<String> linkedMicrosoftIds = new HashSet<>();
  private final Set<String> consumedCrm = new HashSet<>();
  private final Set<String> consumedMicrosoft = new HashSet<>();
  private final Set<String> relinkedCrmIds = new HashSet<>();
  private final List<ItemPair<F>> pairs = new ArrayList<>();

  private Pairing(SyncInput<F> input) {
    crm = lastChangeById(input.crmChanges());
    microsoft = lastChangeById(input.microsoftChanges());
    for (SyncLink<F> link : input.links()) {
      if (linksByCrmId.put(link.crmId(), link) != null
          || !linkedMicrosoftIds.add(link.microsoftId())) {
        throw new IllegalArgumentException(
            "two links share the item " + link.crmId() + " / " + link.microsoftId());
      }
    }
  }

  static <F extends SyncFields<F>> List<ItemPair<F>> of(SyncInput<F> input) {
    Pairing<F> pairing = new Pairing<>(input);
    pairing.relinkStampedItems();
    pairing.pairLinks();
    pairing.pairNewItems();
    return pairing.pairs;
  }

  /**
   * A Microsoft item stamped with a CRM id was created by Tandem in a run that ended before its
   * link was recorded; it is that CRM item's copy, never a new item.
   */
  private void relinkStampedItems() {
    for (SideChange<F> change : microsoft.values()) {
      if (!(change instanceof SideChange.Upserted<F> upserted)
          || upserted.item().crmIdStamp() == null
          || linkedMicrosoftIds.contains(change.id())) {
        continue;
      }
      ItemState<F> copy = upserted.item();
      String crmId = copy.crmIdStamp();
      SyncLink<F> link = linksByCrmId.get(crmId);
      if (link != null) {
        if (microsoft.get(link.microsoftId()) instanceof SideChange.Deleted<F>) {
          // A re-created copy replaces the deleted one it was made for.
          consumedMicrosoft.add(link.microsoftId());
          linksByCrmId.put(crmId, link.withMicrosoftId(copy.id()));
          relinkedCrmIds.add(crmId);
        } else {
          // A second copy of a linked item is never imported as a new item.
          consumedMicrosoft.add(copy.id());
        }
      } else if (crm.get(crmId) instanceof SideChange.Upserted<F> original) {
        pairs.add(new ItemPair<>(null, original.item(), false, copy, false, Set.of()));
        consumedCrm.add(crmId);
        consumedMicrosoft.add(copy.id());
      } else if (crm.get(crmId) instanceof SideChange.Deleted<F>) {
        // The original went before the copy was linked: link them as synced so the copy goes too.
        SyncLink<F> orphan =
            SyncLink.of(
                crmId, "deleted", copy.id(), copy.version(), copy.fields(), copy.modifiedAt());
        pairs.add(new ItemPair<>(orphan, null, true, null, false, Set.of()));
        consumedCrm.add(crmId);
        consumedMicrosoft.add(copy.id());
      }
    }
  }

  private void pairLinks() {
    for (SyncLink<F> link : linksByCrmId.values()) {
      SideChange<F> crmChange = crm.get(link.crmId());
      SideChange<F> microsoftChange =
          consumedMicrosoft.contains(link.microsoftId()) ? null : microsoft.get(link.microsoftId());
      consumedCrm.add(link.crmId());
      consumedMicrosoft.add(link.microsoftId());
      Set<Side> notWritten = EnumSet.noneOf(Side.class);
      if (link.pending() != null) {
        for (Side side : Side.values()) {
          if (link.pending().notWritten(side, side == Side.CRM ? crmChange : microsoftChange)) {
            notWritten.add(side);
          }
        }
      }
      if (crmChange != null || microsoftChange != null || !notWritten.isEmpty()) {
        pairs.add(
            new ItemPair<>(
                link,
                notWritten.contains(Side.CRM) ? null : present(crmChange),
                crmChange instanceof SideChange.Deleted<F>,
                notWritten.contains(Side.MICROSOFT) ? null : present(microsoftChange),
                microsoftChange instanceof SideChange.Deleted<F>,
                notWritten,
                relinkedCrmIds.contains(link.crmId())));
      }
    }
  }

  private void pairNewItems() {
    Map<String, Deque<ItemState<F>>> microsoftByKey = new LinkedHashMap<>();
    List<ItemState<F>> newMicrosoft = unconsumedPresent(microsoft, consumedMicrosoft);
    for (ItemState<F> item : newMicrosoft) {
      microsoftByKey.computeIfAbsent(item.fields().matchKey(), k -> new ArrayDeque<>()).add(item);
    }
    Set<String> matchedMicrosoft = new HashSet<>();
    for (ItemState<F> item : unconsumedPresent(crm, consumedCrm)) {
      Deque<ItemState<F>> candidates = microsoftByKey.get(item.fields().matchKey());
      ItemState<F> match = candidates == null ? null : candidates.poll();
      if (match != null) {
        matchedMicrosoft.add(match.id());
      }
      pairs.add(new ItemPair<>(null, item, false, match, false, Set.of()));
    }
    for (ItemState<F> item : newMicrosoft) {
      if (!matchedMicrosoft.contains(item.id())) {
        pairs.add(new ItemPair<>(null, null, false, item, false, Set.of()));
      }
    }
  }

  private static <F extends SyncFields<F>> List<ItemState<F>> unconsumedPresent(
      Map<String, SideChange<F>> changes, Set<String> consumed) {
    List<ItemState<F>> items = new ArrayList<>();
    for (SideChange<F> change : changes.values()) {
      if (!consumed.contains(change.id()) && change instanceof SideChange.Upserted<F> upserted) {
        items.add(upserted.item());
      }
    }
    return items;
  }

  private static <F extends SyncFields<F>> ItemState<F> present(SideChange<F> change) {
    return change instanceof SideChange.Upserted<F> upserted ? upserted.item() : null;
  }

  private static <F extends SyncFields<F>> Map<String, SideChange<F>> lastChangeById(
      List<SideChange<F>> changes) {
    Map<String, SideChange<F>> byId = new LinkedHashMap<>();
    for (SideChange<F> change : changes) {
      // Re-inserting moves nothing in a LinkedHashMap; the first position keeps the order stable.
      byId.put(change.id(), change);
    }
    return byId;
  }
}
