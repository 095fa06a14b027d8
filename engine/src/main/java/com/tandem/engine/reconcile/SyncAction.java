package com.tandem.engine.reconcile;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step a reconciliation asks the server to carry out.
 *
 * <p>Contract for executors, which keeps a crash at any moment safe:
 *
 * <ol>
 *   <li>for an {@link Update}, first record its {@link Update#intent() intent} as the link;
 *   <li>carry out the Microsoft write (If-Match the expected version);
 *   <li>carry out the CRM write and record the final link in one transaction (the CRM store and the
 *       links live in the same database).
 * </ol>
 *
 * <p>A crash anywhere is repaired by the next run: an intent is finished rather than decided again,
 * and a Microsoft item created without its link is found by the CRM id stamp it carries. A link is
 * identified by its CRM id: recording a link replaces the one with the same CRM id.
 *
 * @param <F> the kind of item
 */
public sealed interface SyncAction<F extends SyncFields<F>> {

  /**
   * Create the item on {@code target}, then record {@link #link} (replacing {@code replaces}).
   * Items created in Microsoft carry {@link #crmIdStamp()}.
   *
   * @param target where to create
   * @param sourceId the item's id on the other side
   * @param sourceVersion the other side's version seen by this run
   * @param fields what to create
   * @param replaces the link to a deleted copy this create replaces, or null
   * @param at when the run decided it
   * @param <F> the kind of item
   */
  record Create<F extends SyncFields<F>>(
      Side target,
      String sourceId,
      String sourceVersion,
      F fields,
      SyncLink<F> replaces,
      Instant at)
      implements SyncAction<F> {
    /** Checks the arguments; only {@code replaces} may be null. */
    public Create {
      Objects.requireNonNull(target, "target == null");
      ItemState.requireText(sourceId, "sourceId");
      ItemState.requireText(sourceVersion, "sourceVersion");
      Objects.requireNonNull(fields, "fields == null");
      Objects.requireNonNull(at, "at == null");
    }

    /** The CRM id to stamp on the created item (the CRM side's id). */
    public String crmIdStamp() {
      return target == Side.MICROSOFT ? sourceId : null;
    }

    /** The link to record once the item exists with the given id and version. */
    public SyncLink<F> link(String createdId, String createdVersion) {
      return target == Side.MICROSOFT
          ? SyncLink.of(sourceId, sourceVersion, createdId, createdVersion, fields, at)
          : SyncLink.of(createdId, createdVersion, sourceId, sourceVersion, fields, at);
    }
  }

  /**
   * Write {@code fields} to each of {@code targets}, then record {@link #link}.
   *
   * @param crmId the CRM record's id
   * @param microsoftId the Microsoft item's id
   * @param crmVersion the CRM version seen by this run (expected by an optimistic write)
   * @param microsoftVersion the changeKey seen by this run (for {@code If-Match})
   * @param fields what both sides hold afterwards
   * @param targets the sides to write (one or both)
   * @param at when the run decided it
   * @param <F> the kind of item
   */
  record Update<F extends SyncFields<F>>(
      String crmId,
      String microsoftId,
      String crmVersion,
      String microsoftVersion,
      F fields,
      Set<Side> targets,
      Instant at)
      implements SyncAction<F> {
    /** Checks the arguments and copies the targets. */
    public Update {
      ItemState.requireText(crmId, "crmId");
      ItemState.requireText(microsoftId, "microsoftId");
      ItemState.requireText(crmVersion, "crmVersion");
      ItemState.requireText(microsoftVersion, "microsoftVersion");
      Objects.requireNonNull(fields, "fields == null");
      if (targets == null || targets.isEmpty()) {
        throw new IllegalArgumentException("an update needs at least one target");
      }
      targets = Set.copyOf(EnumSet.copyOf(targets));
      Objects.requireNonNull(at, "at == null");
    }

    /** The item's id on the given side. */
    public String id(Side side) {
      return side == Side.CRM ? crmId : microsoftId;
    }

    /** The version seen on the given side, which the write expects to find. */
    public String expectedVersion(Side side) {
      return side == Side.CRM ? crmVersion : microsoftVersion;
    }

    /**
     * The link to record before the first write: it carries the decision, so that a run that
     * crashes midway is finished by the next run rather than decided again.
     */
    public SyncLink<F> intent() {
      return SyncLink.of(crmId, crmVersion, microsoftId, microsoftVersion, fields, at)
          .withPending(new PendingWrite(targets, crmVersion, microsoftVersion));
    }

    /**
     * The link to record after the writes, given each written side's new version (null for a side
     * that was not written).
     */
    public SyncLink<F> link(String crmVersionAfter, String microsoftVersionAfter) {
      return SyncLink.of(
          crmId,
          crmVersionAfter != null ? crmVersionAfter : crmVersion,
          microsoftId,
          microsoftVersionAfter != null ? microsoftVersionAfter : microsoftVersion,
          fields,
          at);
    }
  }

  /**
   * Delete the linked item on {@code target}, then forget the link.
   *
   * @param target where to delete
   * @param link the link whose item goes
   * @param <F> the kind of item
   */
  record Delete<F extends SyncFields<F>>(Side target, SyncLink<F> link) implements SyncAction<F> {
    /** Checks the arguments. */
    public Delete {
      Objects.requireNonNull(target, "target == null");
      Objects.requireNonNull(link, "link == null");
    }

    /** The id of the item to delete. */
    public String targetId() {
      return link.id(target);
    }
  }

  /**
   * Record (or refresh) a link without writing either side.
   *
   * @param link the link to record
   * @param <F> the kind of item
   */
  record Link<F extends SyncFields<F>>(SyncLink<F> link) implements SyncAction<F> {
    /** Checks the arguments. */
    public Link {
      Objects.requireNonNull(link, "link == null");
    }
  }

  /**
   * Forget a link whose items are gone on both sides.
   *
   * @param link the link to forget
   * @param <F> the kind of item
   */
  record Unlink<F extends SyncFields<F>>(SyncLink<F> link) implements SyncAction<F> {
    /** Checks the argument. */
    public Unlink {
      Objects.requireNonNull(link, "link == null");
    }
  }

  /**
   * Store a conflict for review; the action that settles it is planned alongside.
   *
   * @param conflict both versions and the decision
   * @param <F> the kind of item
   */
  record RecordConflict<F extends SyncFields<F>>(Conflict<F> conflict) implements SyncAction<F> {
    /** Checks the argument. */
    public RecordConflict {
      Objects.requireNonNull(conflict, "conflict == null");
    }
  }

  /**
   * Deletions on one side that exceed the allowed share; nothing is deleted until an administrator
   * approves ({@link #deletions()}) or discards ({@link #restorations()}).
   *
   * @param side the side that would lose the items
   * @param deletions the deletions held back
   * @param linkedItems how many linked items the run started with
   * @param <F> the kind of item
   */
  record HoldForApproval<F extends SyncFields<F>>(
      Side side, List<Delete<F>> deletions, int linkedItems) implements SyncAction<F> {
    /** Checks the arguments and copies the list. */
    public HoldForApproval {
      Objects.requireNonNull(side, "side == null");
      deletions = List.copyOf(deletions);
      if (deletions.stream().anyMatch(d -> d.target() != side)) {
        throw new IllegalArgumentException("every held deletion must target " + side);
      }
    }

    /**
     * What discarding the hold does: re-create each item on the side where it was deleted, from the
     * last synced fields, so that nothing is lost.
     */
    public List<Create<F>> restorations(Instant at) {
      return deletions.stream()
          .map(
              d ->
                  new Create<>(
                      side.other(),
                      d.link().id(side),
                      d.link().version(side),
                      d.link().synced(),
                      d.link(),
                      at))
          .toList();
    }
  }
}
