package com.tandem.engine.reconcile;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An update decided but perhaps not yet carried out, recorded on the link before the first write so
 * that a run which crashes midway is finished, not decided again, by the next run.
 *
 * @param targets the sides the update writes
 * @param crmVersion the CRM version the update expects to overwrite
 * @param microsoftVersion the changeKey the update expects to overwrite
 */
public record PendingWrite(Set<Side> targets, String crmVersion, String microsoftVersion) {

  /** Checks the arguments and copies the targets. */
  public PendingWrite {
    if (targets == null || targets.isEmpty()) {
      throw new IllegalArgumentException("a pending write needs at least one target");
    }
    targets = Set.copyOf(EnumSet.copyOf(targets));
    ItemState.requireText(crmVersion, "crmVersion");
    ItemState.requireText(microsoftVersion, "microsoftVersion");
  }

  /** The version the write expects to find on the given side. */
  public String version(Side side) {
    return side == Side.CRM ? crmVersion : microsoftVersion;
  }

  /**
   * Whether the write on {@code side} evidently did not happen: the side is a target and still
   * shows the version the write expected (or reported nothing, as a write would be reported).
   */
  boolean notWritten(Side side, SideChange<?> reported) {
    if (!targets.contains(side)) {
      return false;
    }
    return reported == null
        || (reported instanceof SideChange.Upserted<?> upserted
            && Objects.equals(upserted.item().version(), version(side)));
  }
}
