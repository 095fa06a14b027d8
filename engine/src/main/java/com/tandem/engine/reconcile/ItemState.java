package com.tandem.engine.reconcile;

import java.time.Instant;
import java.util.Objects;

/**
 * One side's current view of an item.
 *
 * @param id the item's id on its side
 * @param version the side's version (CRM version, Graph changeKey)
 * @param modifiedAt when the side last modified it
 * @param fields its synced fields
 * @param crmIdStamp for a Microsoft item, the CRM id Tandem stamped on it when creating it; null
 *     otherwise
 * @param <F> the kind of item
 */
public record ItemState<F extends SyncFields<F>>(
    String id, String version, Instant modifiedAt, F fields, String crmIdStamp) {

  /** Checks the arguments; only the stamp may be null. */
  public ItemState {
    requireText(id, "id");
    requireText(version, "version");
    Objects.requireNonNull(modifiedAt, "modifiedAt == null");
    Objects.requireNonNull(fields, "fields == null");
  }

  /** An unstamped item. */
  public static <F extends SyncFields<F>> ItemState<F> of(
      String id, String version, Instant modifiedAt, F fields) {
    return new ItemState<>(id, version, modifiedAt, fields, null);
  }

  /** This item carrying the CRM id stamp Tandem writes on the Microsoft items it creates. */
  public ItemState<F> stampedWith(String crmId) {
    return new ItemState<>(id, version, modifiedAt, fields, requireText(crmId, "crmId"));
  }

  /** The hash of this item's synced fields. */
  public ContentHash hash() {
    return ContentHash.of(fields);
  }

  static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
