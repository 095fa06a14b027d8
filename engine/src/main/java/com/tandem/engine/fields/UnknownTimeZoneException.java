package com.tandem.engine.fields;

/** A time zone name that is neither a known Windows name nor a valid IANA id; skip the item. */
public final class UnknownTimeZoneException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the zone that could not be mapped. */
  public UnknownTimeZoneException(String zoneName) {
    super("unknown time zone: '" + zoneName + "' (neither a Windows zone name nor an IANA id)");
  }
}
