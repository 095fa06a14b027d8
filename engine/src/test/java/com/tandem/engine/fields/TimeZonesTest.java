package com.tandem.engine.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeZonesTest {

  @Test
  void theTableCoversTheMajorWindowsZonesWithValidIanaIds() {
    assertThat(TimeZones.windowsZoneCount()).isGreaterThanOrEqualTo(60);
    WindowsZoneTable.PRIMARY.forEach(
        (windows, iana) -> assertThat(TimeZones.fromMicrosoft(windows).getId()).isEqualTo(iana));
    WindowsZoneTable.MEMBERS.forEach(
        (iana, windows) -> assertThat(WindowsZoneTable.PRIMARY).containsKey(windows));
  }

  @ParameterizedTest
  @CsvSource({
    "Pacific Standard Time, America/Los_Angeles",
    "W. Europe Standard Time, Europe/Berlin",
    "w. europe standard time, Europe/Berlin",
    "PACIFIC STANDARD TIME, America/Los_Angeles",
    "Eastern Standard Time, America/New_York",
    "GMT Standard Time, Europe/London",
    "India Standard Time, Asia/Kolkata",
    "Tokyo Standard Time, Asia/Tokyo",
    "AUS Eastern Standard Time, Australia/Sydney",
    "UTC, UTC",
    "Europe/Rome, Europe/Rome",
    "America/Argentina/Cordoba, America/Argentina/Cordoba"
  })
  void graphZoneNamesMapToIanaIds(String graphName, String iana) {
    assertThat(TimeZones.fromMicrosoft(graphName)).isEqualTo(ZoneId.of(iana));
  }

  @Test
  void aPrimaryZoneGoesToGraphUnderItsWindowsName() {
    assertThat(TimeZones.toMicrosoft(ZoneId.of("America/Los_Angeles")))
        .isEqualTo("Pacific Standard Time");
  }

  @Test
  void everyZoneSurvivesTheRoundTripThroughGraph() {
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      assertThat(TimeZones.fromMicrosoft(TimeZones.toMicrosoft(zone))).as(id).isEqualTo(zone);
    }
  }

  @Test
  void zonesOfTheSameWindowsZoneCompareEqualForHashing() {
    assertThat(TimeZones.canonical(ZoneId.of("Europe/Rome")))
        .isEqualTo(TimeZones.canonical(ZoneId.of("Europe/Berlin")));
    assertThat(TimeZones.canonical(ZoneId.of("Europe/Rome")))
        .isNotEqualTo(TimeZones.canonical(ZoneId.of("Europe/London")));
  }

  @Test
  void anUnknownZoneFailsWithAMessageNamingIt() {
    assertThatThrownBy(() -> TimeZones.fromMicrosoft("Mars Standard Time"))
        .isInstanceOf(UnknownTimeZoneException.class)
        .hasMessageContaining("Mars Standard Time");
    assertThatThrownBy(() -> TimeZones.fromMicrosoft(" "))
        .isInstanceOf(UnknownTimeZoneException.class);
  }
}
