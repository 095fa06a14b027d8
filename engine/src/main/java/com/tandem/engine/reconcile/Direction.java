package com.tandem.engine.reconcile;

/** Which way changes flow, as configured per resource. */
public enum Direction {
  /** The CRM is the source; Microsoft copies it. */
  CRM_TO_MICROSOFT,
  /** Microsoft is the source; the CRM copies it. */
  MICROSOFT_TO_CRM,
  /** Changes flow both ways; conflicts go to the conflict policy. */
  BIDIRECTIONAL
}
