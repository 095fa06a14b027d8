package com.tandem.server.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class SettingKeyTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"0", "1441", "\"abc\"", "2.5", "\"5\"", "true", "99999999999"})
  void theSyncIntervalRefusesAnythingButAWholeNumberFrom1To1440(String json) {
    assertThatThrownBy(() -> SettingKeys.SYNC_INTERVAL_MINUTES.fromJson(JSON.readTree(json)))
        .isInstanceOfSatisfying(
            InvalidSettingValue.class,
            e -> {
              assertThat(e.code()).isEqualTo("settings.error.range");
              assertThat(e.args()).containsExactly("1", "1440");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "5", "1440"})
  void theSyncIntervalTakesWholeNumbersFrom1To1440(String json) {
    assertThat(SettingKeys.SYNC_INTERVAL_MINUTES.fromJson(JSON.readTree(json)))
        .isEqualTo(Integer.valueOf(json));
  }

  @Test
  void typedTextIsTrimmedAndChecked() {
    assertThat(SettingKeys.SYNC_INTERVAL_MINUTES.fromText(" 15 ")).isEqualTo(15);
    assertThatThrownBy(() -> SettingKeys.SYNC_INTERVAL_MINUTES.fromText("2.5"))
        .isInstanceOf(InvalidSettingValue.class);
    assertThatThrownBy(() -> SettingKeys.SYNC_INTERVAL_MINUTES.fromText(""))
        .isInstanceOf(InvalidSettingValue.class);
  }

  @Test
  void anUnknownEnumValueNamesTheAllowedOnes() {
    assertThatThrownBy(() -> SettingKeys.CALENDAR_DIRECTION.fromJson(JSON.readTree("\"SIDEWAYS\"")))
        .isInstanceOfSatisfying(
            InvalidSettingValue.class,
            e ->
                assertThat(e.args())
                    .containsExactly("CRM_TO_MICROSOFT, MICROSOFT_TO_CRM, BIDIRECTIONAL"));
    assertThat(SettingKeys.CALENDAR_DIRECTION.fromJson(JSON.readTree("\"MICROSOFT_TO_CRM\"")))
        .isEqualTo(SyncDirection.MICROSOFT_TO_CRM);
  }

  @Test
  void flagsAreJsonBooleans() {
    assertThat(SettingKeys.CALENDAR_ENABLED.fromJson(JSON.readTree("false"))).isFalse();
    assertThatThrownBy(() -> SettingKeys.CALENDAR_ENABLED.fromJson(JSON.readTree("\"yes\"")))
        .isInstanceOf(InvalidSettingValue.class);
  }

  @Test
  void customCloudUrlsMustBeWebAddresses() {
    assertThat(SettingKeys.AZURE_GRAPH_URL.fromText("http://127.0.0.1:8089"))
        .isEqualTo("http://127.0.0.1:8089");
    assertThatThrownBy(() -> SettingKeys.AZURE_GRAPH_URL.fromText("ftp://x"))
        .isInstanceOf(InvalidSettingValue.class);
    assertThatThrownBy(() -> SettingKeys.AZURE_GRAPH_URL.fromText("not a url"))
        .isInstanceOf(InvalidSettingValue.class);
  }

  @Test
  void theDeclaredDefaultsAndScopesAreThoseOfTheProduct() {
    assertThat(SettingKeys.ALL).hasSize(24);
    assertThat(SettingKeys.EMAIL_FOLDERS.defaultValue()).isEqualTo(List.of("inbox", "sentitems"));
    assertThat(SettingKeys.EMAIL_IMPORT_DAYS.defaultValue()).isEqualTo(365);
    assertThat(SettingKeys.EMAIL_TRACK.defaultValue()).isEqualTo(EmailTrack.ALL);
    assertThat(SettingKeys.EMAIL_ENABLED.defaultValue()).isTrue();
    assertThat(SettingKeys.SYNC_INTERVAL_MINUTES.defaultValue()).isEqualTo(5);
    assertThat(SettingKeys.CALENDAR_WINDOW_PAST_DAYS.defaultValue()).isEqualTo(365);
    assertThat(SettingKeys.CALENDAR_WINDOW_FUTURE_DAYS.defaultValue()).isEqualTo(730);
    assertThat(SettingKeys.SYNC_MAX_DELETE_PERCENT.defaultValue()).isEqualTo(50);
    assertThat(SettingKeys.TASKS_CONFLICT_RESOLUTION.defaultValue())
        .isEqualTo(ConflictResolution.CRM_WINS);
    assertThat(SettingKeys.ALL)
        .filteredOn(k -> k.name().startsWith("azure.") || k.name().startsWith("integrations."))
        .hasSize(10)
        .allMatch(k -> k.systemOnly() && !k.allowedAt(ScopeLevel.ORGANIZATION));
    assertThat(SettingKeys.ALL)
        .filteredOn(k -> !k.systemOnly())
        .hasSize(14)
        .allMatch(k -> k.allowedAt(ScopeLevel.USER) && k.defaultValue() != null);
  }

  @Test
  void foldersAreWellKnownNamesInAnyCaseOrFolderIdsEachOnce() {
    String id = "AAMkAGI2TG93AAA_x-y=";
    assertThat(SettingKeys.EMAIL_FOLDERS.fromText(" Inbox ,SentItems, " + id + ", inbox,"))
        .containsExactly("inbox", "sentitems", id);
    assertThat(SettingKeys.EMAIL_FOLDERS.fromJson(JSON.readTree("[\"ARCHIVE\", \"" + id + "\"]")))
        .containsExactly("archive", id);
    assertThat(SettingKeys.EMAIL_FOLDERS.toText(List.of("inbox", id))).isEqualTo("inbox, " + id);
    assertThat(
            SettingKeys.EMAIL_FOLDERS.fromText(
                SettingKeys.EMAIL_FOLDERS.toText(List.of("inbox", id))))
        .containsExactly("inbox", id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"inbox\"",
        "[]",
        "[\"\"]",
        "[\"my stuff\"]",
        "[5]",
        "{\"inbox\": true}",
        "[\"short\"]"
      })
  void foldersRefuseAnythingElse(String json) {
    assertThatThrownBy(() -> SettingKeys.EMAIL_FOLDERS.fromJson(JSON.readTree(json)))
        .isInstanceOfSatisfying(
            InvalidSettingValue.class,
            e -> assertThat(e.code()).isIn("settings.error.folders", "settings.error.folder"));
    assertThatThrownBy(() -> SettingKeys.EMAIL_FOLDERS.fromText(" , "))
        .isInstanceOfSatisfying(
            InvalidSettingValue.class,
            e -> assertThat(e.code()).isEqualTo("settings.error.folders"));
    String tooMany =
        String.join(
            ",",
            java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> "AAMkAGI2TG93AAA" + (1000 + i))
                .toList());
    assertThatThrownBy(() -> SettingKeys.EMAIL_FOLDERS.fromText(tooMany))
        .isInstanceOf(InvalidSettingValue.class);
  }
}
