package com.tandem.server.sync.resource;

/** The CRM's versions are numbers; the ports carry every side's version as text. */
public final class VersionFormats {

  private VersionFormats() {}

  /** The CRM version a port's text stands for, or null for "any version". */
  static Long crm(String version) {
    if (version == null) {
      return null;
    }
    try {
      return Long.parseLong(version.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a CRM version: '" + version + "'", e);
    }
  }

  /** The If-Match value Graph expects for a changeKey, or null for "any version". */
  public static String etag(String changeKey) {
    if (changeKey == null) {
      return null;
    }
    // A whole etag is W/"…"; a changeKey is base64, which may itself begin with W/.
    return changeKey.startsWith("W/\"") ? changeKey : "W/\"" + changeKey + "\"";
  }
}
