package com.tandem.server.settings;

/** Which way calendar events or tasks flow between the CRM and Microsoft 365. */
public enum SyncDirection {
  CRM_TO_MICROSOFT,
  MICROSOFT_TO_CRM,
  BIDIRECTIONAL
}
