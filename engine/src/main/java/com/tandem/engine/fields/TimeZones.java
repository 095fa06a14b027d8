package com.tandem.engine.fields;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Maps time zones between Graph's names (Windows or IANA) and the CRM's IANA ids. */
public final class TimeZones {

  private static final Map<String, String> WINDOWS_BY_PRIMARY_IANA = new HashMap<>();
  private static final Map<String, String> IANA_BY_LOWER_CASE_WINDOWS = new HashMap<>();

  static {
    WindowsZoneTable.PRIMARY.forEach(
        (windows, iana) -> {
          WINDOWS_BY_PRIMARY_IANA.put(iana, windows);
          IANA_BY_LOWER_CASE_WINDOWS.put(windows.toLowerCase(Locale.ROOT), iana);
        });
  }

  private TimeZones() {}

  /**
   * The IANA zone for a Graph zone name: a Windows name, in any case (Windows compares them so), is
   * mapped through the table, an IANA id is taken as it is.
   *
   * @throws UnknownTimeZoneException when the name is neither
   */
  public static ZoneId fromMicrosoft(String name) {
    if (name == null || name.isBlank()) {
      throw new UnknownTimeZoneException(String.valueOf(name));
    }
    String stripped = name.strip();
    String iana =
        IANA_BY_LOWER_CASE_WINDOWS.getOrDefault(stripped.toLowerCase(Locale.ROOT), stripped);
    try {
      return ZoneId.of(iana);
    } catch (DateTimeException e) {
      throw new UnknownTimeZoneException(name);
    }
  }

  /**
   * The Graph name for an IANA zone: the Windows name when the zone is a Windows zone's primary
   * one, else the IANA id itself (Graph accepts both), so that a round trip returns the same zone.
   */
  public static String toMicrosoft(ZoneId zone) {
    return WINDOWS_BY_PRIMARY_IANA.getOrDefault(zone.getId(), zone.getId());
  }

  /**
   * The name under which equivalent zones compare equal: the Windows zone a known IANA id belongs
   * to, else the id itself.
   */
  public static String canonical(ZoneId zone) {
    String id = zone.getId();
    String windows = WINDOWS_BY_PRIMARY_IANA.get(id);
    if (windows == null) {
      windows = WindowsZoneTable.MEMBERS.get(id);
    }
    return windows != null ? windows : id;
  }

  /** How many Windows zone names the table knows. */
  public static int windowsZoneCount() {
    return WindowsZoneTable.PRIMARY.size();
  }
}
