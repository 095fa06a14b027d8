package com.tandem.engine.reconcile;

import java.util.Set;
import java.util.SortedMap;

/**
 * The synced fields of one kind of item, in the engine's neutral vocabulary.
 *
 * @param <F> the implementing record
 */
public interface SyncFields<F extends SyncFields<F>> {

  /**
   * The normalized text of each synced field, keyed by field name; equal texts mean equal content
   * whichever side the value came from.
   */
  SortedMap<String, String> canonicalFields();

  /** A copy of this item whose named fields are taken from {@code other}. */
  F withFieldsOf(F other, Set<String> fieldNames);

  /**
   * The key under which an unlinked item on one side is taken to be the same as one on the other
   * side (title and times), used when no CRM-id stamp says so.
   */
  String matchKey();
}
