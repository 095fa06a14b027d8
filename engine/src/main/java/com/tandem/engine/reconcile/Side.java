package com.tandem.engine.reconcile;

/** One of the two systems Tandem keeps in step. */
public enum Side {
  /** The CRM's activity store. */
  CRM,
  /** Microsoft 365 (Outlook calendar, Microsoft To Do). */
  MICROSOFT;

  /** The side opposite this one. */
  public Side other() {
    return this == CRM ? MICROSOFT : CRM;
  }
}
