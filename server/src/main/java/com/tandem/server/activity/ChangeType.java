package com.tandem.server.activity;

/** The kinds of item the change feed reports, each with whose its items are. */
public enum ChangeType {
  CALENDAR_EVENT(Owner.USER),
  TASK(Owner.USER),
  EMAIL(Owner.USER),
  CONTACT(Owner.ORGANIZATION);

  private final Owner owner;

  ChangeType(Owner owner) {
    this.owner = owner;
  }

  /** Whose the items of this kind are. */
  public Owner owner() {
    return owner;
  }
}
