package com.tandem.engine.reconcile;

import java.time.Instant;
import java.util.Objects;

/**
 * The recorded state of a CRM item and a Microsoft item known to be the same, as of their last
 * sync: both sides' ids and versions and the fields both held then.
 *
 * @param crmId the CRM record's id
 * @param crmVersion the CRM version seen or written at the last sync
 * @param microsoftId the Microsoft item's id
 * @param microsoftVersion the changeKey seen or written at the last sync
 * @param synced the fields both sides held after the last sync (the base for merging)
 * @param hash the content hash of {@code synced}, the same on both sides
 * @param syncedAt when the last sync of this item happened
 * @param pending an update decided on these fields but perhaps not yet written, or null
 * @param <F> the kind of item
 */
public record SyncLink<F extends SyncFields<F>>(
    String crmId,
    String crmVersion,
    String microsoftId,
    String microsoftVersion,
    F synced,
    ContentHash hash,
    Instant syncedAt,
    PendingWrite pending) {

  /** Checks the arguments and that the hash belongs to the synced fields. */
  public SyncLink {
    ItemState.requireText(crmId, "crmId");
    ItemState.requireText(crmVersion, "crmVersion");
    ItemState.requireText(microsoftId, "microsoftId");
    ItemState.requireText(microsoftVersion, "microsoftVersion");
    Objects.requireNonNull(synced, "synced == null");
    Objects.requireNonNull(syncedAt, "syncedAt == null");
    if (!ContentHash.of(synced).equals(hash)) {
      throw new IllegalArgumentException("hash does not match the synced fields");
    }
  }

  /** A link whose hash is computed from the synced fields. */
  public static <F extends SyncFields<F>> SyncLink<F> of(
      String crmId,
      String crmVersion,
      String microsoftId,
      String microsoftVersion,
      F synced,
      Instant syncedAt) {
    return new SyncLink<>(
        crmId,
        crmVersion,
        microsoftId,
        microsoftVersion,
        synced,
        ContentHash.of(synced),
        syncedAt,
        null);
  }

  /** The linked item's id on the given side. */
  public String id(Side side) {
    return side == Side.CRM ? crmId : microsoftId;
  }

  /** The recorded version on the given side. */
  public String version(Side side) {
    return side == Side.CRM ? crmVersion : microsoftVersion;
  }

  /** This link with the Microsoft item replaced by another (a re-created copy). */
  SyncLink<F> withMicrosoftId(String newMicrosoftId) {
    return new SyncLink<>(
        crmId, crmVersion, newMicrosoftId, microsoftVersion, synced, hash, syncedAt, pending);
  }

  /** This link marked with an update about to be written. */
  SyncLink<F> withPending(PendingWrite write) {
    return new SyncLink<>(
        crmId, crmVersion, microsoftId, microsoftVersion, synced, hash, syncedAt, write);
  }
}
