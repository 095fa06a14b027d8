package com.tandem.server.activity;

import java.time.ZoneId;
import java.util.Set;

/** The time zones the CRM keeps: named IANA regions, never bare offsets. */
public final class IanaZones {

  private static final Set<String> REGIONS = Set.copyOf(ZoneId.getAvailableZoneIds());

  private IanaZones() {}

  /** True when the zone is a named IANA region (not a bare offset). */
  public static boolean isRegion(ZoneId zone) {
    return isRegion(zone.getId());
  }

  /** True when the id names an IANA region (not a bare offset). */
  public static boolean isRegion(String zoneId) {
    return REGIONS.contains(zoneId);
  }
}
