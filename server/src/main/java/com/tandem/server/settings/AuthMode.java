package com.tandem.server.settings;

/** How Tandem signs in to Microsoft 365: per user, or tenant-wide as the application. */
public enum AuthMode {
  DELEGATED,
  APPLICATION
}
