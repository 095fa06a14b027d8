package com.tandem.server.activity;

/** Who made a write: a person through the CRM (API or pages), or the sync engine. */
public enum Origin {
  CRM,
  SYNC
}
