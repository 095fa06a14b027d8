package com.tandem.server.settings;

/** Who wins when the same item changed on both sides; only used when bidirectional. */
public enum ConflictResolution {
  CRM_WINS,
  MICROSOFT_WINS,
  MOST_RECENT,
  MERGE_FIELDS
}
