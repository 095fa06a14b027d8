package com.tandem.emulator.calendar;

import com.tandem.emulator.http.GraphException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Time-zone names as Graph accepts them: Windows names (CLDR windowsZones) or IANA names. */
final class Zones {
  private static final Map<String, String> WINDOWS_TO_IANA = new HashMap<>();
  private static final Map<String, String> IANA_TO_WINDOWS = new HashMap<>();
  private static final Map<String, String> WINDOWS_SPELLING = new HashMap<>();

  static {
    String[][] pairs = {
      {"UTC", "Etc/UTC"},
      {"Dateline Standard Time", "Etc/GMT+12"},
      {"Hawaiian Standard Time", "Pacific/Honolulu"},
      {"Alaskan Standard Time", "America/Anchorage"},
      {"Pacific Standard Time", "America/Los_Angeles"},
      {"US Mountain Standard Time", "America/Phoenix"},
      {"Mountain Standard Time", "America/Denver"},
      {"Central Standard Time", "America/Chicago"},
      {"Central America Standard Time", "America/Guatemala"},
      {"Canada Central Standard Time", "America/Regina"},
      {"Central Standard Time (Mexico)", "America/Mexico_City"},
      {"Eastern Standard Time", "America/New_York"},
      {"SA Pacific Standard Time", "America/Bogota"},
      {"Atlantic Standard Time", "America/Halifax"},
      {"Newfoundland Standard Time", "America/St_Johns"},
      {"E. South America Standard Time", "America/Sao_Paulo"},
      {"Argentina Standard Time", "America/Buenos_Aires"},
      {"GMT Standard Time", "Europe/London"},
      {"Greenwich Standard Time", "Atlantic/Reykjavik"},
      {"W. Europe Standard Time", "Europe/Berlin"},
      {"Central Europe Standard Time", "Europe/Budapest"},
      {"Romance Standard Time", "Europe/Paris"},
      {"Central European Standard Time", "Europe/Warsaw"},
      {"W. Central Africa Standard Time", "Africa/Lagos"},
      {"GTB Standard Time", "Europe/Bucharest"},
      {"FLE Standard Time", "Europe/Kiev"},
      {"Israel Standard Time", "Asia/Jerusalem"},
      {"South Africa Standard Time", "Africa/Johannesburg"},
      {"Egypt Standard Time", "Africa/Cairo"},
      {"Turkey Standard Time", "Europe/Istanbul"},
      {"Russian Standard Time", "Europe/Moscow"},
      {"Arab Standard Time", "Asia/Riyadh"},
      {"Arabian Standard Time", "Asia/Dubai"},
      {"Iran Standard Time", "Asia/Tehran"},
      {"Pakistan Standard Time", "Asia/Karachi"},
      {"India Standard Time", "Asia/Calcutta"},
      {"Bangladesh Standard Time", "Asia/Dhaka"},
      {"SE Asia Standard Time", "Asia/Bangkok"},
      {"China Standard Time", "Asia/Shanghai"},
      {"Singapore Standard Time", "Asia/Singapore"},
      {"Taipei Standard Time", "Asia/Taipei"},
      {"Tokyo Standard Time", "Asia/Tokyo"},
      {"Korea Standard Time", "Asia/Seoul"},
      {"AUS Eastern Standard Time", "Australia/Sydney"},
      {"E. Australia Standard Time", "Australia/Brisbane"},
      {"Cen. Australia Standard Time", "Australia/Adelaide"},
      {"W. Australia Standard Time", "Australia/Perth"},
      {"New Zealand Standard Time", "Pacific/Auckland"},
    };
    for (String[] p : pairs) {
      WINDOWS_TO_IANA.put(p[0].toLowerCase(), p[1]);
      WINDOWS_SPELLING.put(p[0].toLowerCase(), p[0]);
      IANA_TO_WINDOWS.put(p[1], p[0]);
    }
    IANA_TO_WINDOWS.put("UTC", "UTC");
    IANA_TO_WINDOWS.put("Europe/Kyiv", "FLE Standard Time");
    IANA_TO_WINDOWS.put("Asia/Kolkata", "India Standard Time");
  }

  private Zones() {}

  /** The zone a Graph time-zone name denotes; 400 when unknown. */
  static ZoneId zone(String name) {
    if (name == null || name.isBlank()) {
      return ZoneOffset.UTC;
    }
    String iana = WINDOWS_TO_IANA.get(name.toLowerCase());
    try {
      return ZoneId.of(iana != null ? iana : name);
    } catch (DateTimeException e) {
      throw GraphException.badRequest(
          "TimeZoneNotSupportedException",
          "A valid TimeZone value must be specified. The following TimeZone value is not"
              + " supported: '"
              + name
              + "'.");
    }
  }

  /**
   * A Windows zone name given in any case in Windows' spelling ({@code pacific standard time}
   * becomes {@code Pacific Standard Time}), as Graph echoes it; any other name as given.
   */
  static String spelling(String name) {
    String w = name == null ? null : WINDOWS_SPELLING.get(name.toLowerCase());
    return w != null ? w : name;
  }

  /** The Windows name of an IANA zone, or the name itself when unmapped. */
  static String windowsName(String name) {
    String w = IANA_TO_WINDOWS.get(name);
    return w != null ? w : name;
  }
}
