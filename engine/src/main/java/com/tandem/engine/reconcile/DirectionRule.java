package com.tandem.engine.reconcile;

/** What a direction lets through: which side's news propagate, and who wins a conflict. */
interface DirectionRule {

  /** Whether creations, changes and deletions made on {@code from} are copied to the other side. */
  boolean propagates(Side from);

  /** Who settles conflicts. */
  ConflictStrategy conflicts();

  /** The name recorded with conflicts this rule settles. */
  String name();

  /** The rule for the given policy. */
  static DirectionRule of(SyncPolicy policy) {
    return switch (policy.direction()) {
      case BIDIRECTIONAL -> new Bidirectional(policy.conflictPolicy());
      case CRM_TO_MICROSOFT -> new OneWay(Side.CRM, policy.direction());
      case MICROSOFT_TO_CRM -> new OneWay(Side.MICROSOFT, policy.direction());
    };
  }

  /** Both sides' news propagate; the configured policy settles conflicts. */
  record Bidirectional(ConflictPolicy policy) implements DirectionRule {
    @Override
    public boolean propagates(Side from) {
      return true;
    }

    @Override
    public ConflictStrategy conflicts() {
      return ConflictStrategy.of(policy);
    }

    @Override
    public String name() {
      return policy.name();
    }
  }

  /**
   * Only the source's news propagate; the source wins every conflict, and a copy deleted on the
   * target is re-created.
   */
  record OneWay(Side source, Direction direction) implements DirectionRule {
    @Override
    public boolean propagates(Side from) {
      return from == source;
    }

    @Override
    public ConflictStrategy conflicts() {
      return new SideWins(source);
    }

    @Override
    public String name() {
      return direction.name();
    }
  }
}
