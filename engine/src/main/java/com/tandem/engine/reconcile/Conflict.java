package com.tandem.engine.reconcile;

import java.time.Instant;
import java.util.Objects;

/**
 * An item that changed on both sides (or changed on one and was deleted on the other), kept for a
 * person to review.
 *
 * @param crmId the CRM record's id
 * @param microsoftId the Microsoft item's id
 * @param crmVersion the CRM's fields, or null when the CRM deleted the item
 * @param microsoftVersion Microsoft's fields, or null when Microsoft deleted the item
 * @param rule the rule that decided: a {@link ConflictPolicy} name, or a one-way {@link Direction}
 *     name
 * @param decision what was decided
 * @param result the fields both sides hold afterwards, or null when the item is deleted
 * @param at when it was decided
 * @param <F> the kind of item
 */
public record Conflict<F extends SyncFields<F>>(
    String crmId,
    String microsoftId,
    F crmVersion,
    F microsoftVersion,
    String rule,
    Decision decision,
    F result,
    Instant at) {

  /** Checks the arguments. */
  public Conflict {
    ItemState.requireText(crmId, "crmId");
    ItemState.requireText(microsoftId, "microsoftId");
    ItemState.requireText(rule, "rule");
    Objects.requireNonNull(decision, "decision == null");
    Objects.requireNonNull(at, "at == null");
    if (crmVersion == null && microsoftVersion == null) {
      throw new IllegalArgumentException("a conflict needs at least one surviving version");
    }
  }

  /** The outcome of a conflict. */
  public enum Decision {
    /** The CRM's version (or its deletion) was applied to both sides. */
    CRM_WON,
    /** Microsoft's version (or its deletion) was applied to both sides. */
    MICROSOFT_WON,
    /** Each side's changed fields were combined. */
    MERGED
  }
}
