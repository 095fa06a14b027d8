package com.tandem.server.settings;

/** Which emails of the chosen folders the CRM keeps. */
public enum EmailTrack {
  /** Every email of the chosen folders. */
  ALL,
  /** Only emails with at least one address of a known contact of the organization. */
  CONTACTS
}
