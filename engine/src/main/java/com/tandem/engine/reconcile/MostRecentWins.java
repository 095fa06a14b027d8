package com.tandem.engine.reconcile;

/** The version modified last wins; a tie goes to the CRM; a changed item outlives a deletion. */
record MostRecentWins() implements ConflictStrategy {

  @Override
  public <F extends SyncFields<F>> Resolution<F> resolve(
      ItemState<F> crm, ItemState<F> microsoft, F base) {
    Side winner = microsoft.modifiedAt().isAfter(crm.modifiedAt()) ? Side.MICROSOFT : Side.CRM;
    return new SideWins(winner).resolve(crm, microsoft, base);
  }

  @Override
  public boolean keepsChangedOver(Side deletedSide) {
    // Deletion times are not reported by either side, so the edit is the safer survivor.
    return true;
  }
}
