package com.tandem.server.activity;

import java.util.List;

/**
 * The change feed: every write to an activity, in commit order. Readers keep the last {@code seq}
 * they processed and ask for what comes after it.
 */
public interface ChangeFeed {

  /** Up to {@code limit} changes with a seq above {@code afterSeq}, oldest first. */
  List<Change> read(long afterSeq, int limit);

  /**
   * Like {@link #read} but only what one user may read: their own items' changes and those of their
   * organization's shared items (contacts).
   */
  List<Change> readForUser(long userId, long afterSeq, int limit);

  /**
   * Like {@link #readForUser(long, long, int)} but only one type's changes with a seq up to {@code
   * throughSeq}, leaving out those written by {@code leftOut}: a reader that skips its own writes
   * and other types need not be handed them.
   */
  List<Change> readForUser(
      long userId, ChangeType type, Origin leftOut, long afterSeq, long throughSeq, int limit);

  /**
   * The last seq taken so far (0 before the first change); every change up to it is visible once
   * this is read, since seqs commit in order.
   */
  long lastSeq();

  /** Like {@link #read} but only the changes of one organization's users and shared items. */
  List<Change> readForOrganization(long organizationId, long afterSeq, int limit);

  /**
   * Records a change of an item whose owner (a user, or an organization: see {@link
   * ChangeType#owner()}) has the id {@code ownerId} and returns its seq; must run inside the
   * transaction that wrote the item, and holds the feed's lock until that transaction ends.
   */
  long append(ChangeType type, String id, long ownerId, ChangeOp op, Origin origin);

  /**
   * Records the same change of several items, in the given order, under the same rules as {@link
   * #append}; returns the last seq (the feed's last seq when {@code ids} is empty).
   */
  long appendAll(ChangeType type, List<String> ids, long ownerId, ChangeOp op, Origin origin);
}
