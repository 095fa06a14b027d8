package com.tandem.engine.reconcile;

/** One side's version always wins, its deletions included (also the rule of a one-way sync). */
record SideWins(Side winner) implements ConflictStrategy {

  @Override
  public <F extends SyncFields<F>> Resolution<F> resolve(
      ItemState<F> crm, ItemState<F> microsoft, F base) {
    ItemState<F> kept = winner == Side.CRM ? crm : microsoft;
    return new Resolution<>(kept.fields(), ConflictStrategy.wonBy(winner));
  }

  @Override
  public boolean keepsChangedOver(Side deletedSide) {
    return deletedSide != winner;
  }
}
