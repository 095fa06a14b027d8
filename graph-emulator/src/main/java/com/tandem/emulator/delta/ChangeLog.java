package com.tandem.emulator.delta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes of one collection, each item at its latest sequence number, deleted items as
 * tombstones. Not thread-safe: callers hold the mailbox lock.
 */
public final class ChangeLog {
  /** The latest change of an item; {@code tombstone} is the item as it was when deleted. */
  public record Change(long seq, String id, boolean removed, Object tombstone) {}

  private final TreeMap<Long, Change> bySeq = new TreeMap<>();
  private final Map<String, Long> latest = new HashMap<>();

  /** Records that an item was created or changed at {@code seq}. */
  public void changed(String id, long seq) {
    put(new Change(seq, id, false, null));
  }

  /** Records that an item was deleted at {@code seq}. */
  public void removed(String id, long seq, Object tombstone) {
    put(new Change(seq, id, true, tombstone));
  }

  private void put(Change change) {
    Long old = latest.put(change.id(), change.seq());
    if (old != null) {
      bySeq.remove(old);
    }
    bySeq.put(change.seq(), change);
  }

  /** Up to {@code max} changes with {@code after < seq <= upTo}, oldest first. */
  public List<Change> between(long after, long upTo, int max) {
    List<Change> out = new ArrayList<>(Math.min(max, 1024));
    if (after >= upTo) {
      return out;
    }
    for (Change c : bySeq.subMap(after, false, upTo, true).values()) {
      if (out.size() >= max) {
        break;
      }
      out.add(c);
    }
    return out;
  }
}
