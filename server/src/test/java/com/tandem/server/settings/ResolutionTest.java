package com.tandem.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Resolution over every combination of set and unset at system, organization and user. */
class ResolutionTest {

  /** A key and three distinct texts to store at system, organization and user level. */
  record Kind(SettingKey<?> key, String atSystem, String atOrganization, String atUser) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind(SettingKeys.SYNC_INTERVAL_MINUTES, "10", "20", "30"),
          new Kind(SettingKeys.CALENDAR_ENABLED, "false", "true", "false"),
          new Kind(
              SettingKeys.TASKS_DIRECTION, "CRM_TO_MICROSOFT", "MICROSOFT_TO_CRM", "BIDIRECTIONAL"),
          new Kind(
              SettingKeys.CALENDAR_CONFLICT_RESOLUTION,
              "MICROSOFT_WINS",
              "MOST_RECENT",
              "MERGE_FIELDS"),
          new Kind(
              SettingKeys.EMAIL_FOLDERS, "archive", "inbox, sentitems", "AAMkAGI2TG93AAA-folder="),
          new Kind(SettingKeys.EMAIL_TRACK, "CONTACTS", "ALL", "CONTACTS"),
          new Kind(SettingKeys.EMAIL_IMPORT_DAYS, "0", "30", "3650"));

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (Kind kind : KINDS) {
      for (int mask = 0; mask < 8; mask++) {
        all.add(Arguments.of(kind, (mask & 4) != 0, (mask & 2) != 0, (mask & 1) != 0));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: system {1}, organization {2}, user {3}")
  @MethodSource("combinations")
  void theNarrowestScopeThatSetsAKeyWinsAndOthersInheritFromAbove(
      Kind kind, boolean system, boolean organization, boolean user) {
    Map<ScopeLevel, Map<String, String>> stored = new EnumMap<>(ScopeLevel.class);
    put(stored, ScopeLevel.SYSTEM, system, kind.key(), kind.atSystem());
    put(stored, ScopeLevel.ORGANIZATION, organization, kind.key(), kind.atOrganization());
    put(stored, ScopeLevel.USER, user, kind.key(), kind.atUser());

    Resolved<?> forSystem = resolver(Scope.system(), stored).get(kind.key());
    Resolved<?> forOrg = resolver(Scope.organization(7), stored).get(kind.key());
    ResolvedSettings userSettings = resolver(Scope.user(9), stored);
    Resolved<?> forUser = userSettings.get(kind.key());

    Resolved<?> systemExpected =
        system ? expect(kind, kind.atSystem(), Source.SYSTEM) : defaultOf(kind);
    Resolved<?> orgExpected =
        organization ? expect(kind, kind.atOrganization(), Source.ORGANIZATION) : systemExpected;
    Resolved<?> userExpected = user ? expect(kind, kind.atUser(), Source.USER) : orgExpected;

    assertThat(forSystem).isEqualTo(systemExpected);
    assertThat(forOrg).isEqualTo(orgExpected);
    assertThat(forUser).isEqualTo(userExpected);
    assertThat(userSettings.inherited(kind.key())).isEqualTo(orgExpected);
    assertThat(userSettings.overrides(kind.key())).isEqualTo(user);
  }

  @ParameterizedTest(name = "system {0}")
  @MethodSource("systemSetOrNot")
  void aSystemOnlyKeyResolvesFromTheSystemOrTheDefaultEvenIfLowerScopesHoldAValue(boolean system) {
    Map<ScopeLevel, Map<String, String>> stored = new EnumMap<>(ScopeLevel.class);
    put(stored, ScopeLevel.SYSTEM, system, SettingKeys.AZURE_AUTH_MODE, "APPLICATION");
    put(stored, ScopeLevel.ORGANIZATION, true, SettingKeys.AZURE_AUTH_MODE, "DELEGATED");
    put(stored, ScopeLevel.USER, true, SettingKeys.AZURE_AUTH_MODE, "DELEGATED");

    Resolved<AuthMode> forUser = resolver(Scope.user(9), stored).get(SettingKeys.AZURE_AUTH_MODE);

    assertThat(forUser)
        .isEqualTo(
            system
                ? new Resolved<>(AuthMode.APPLICATION, Source.SYSTEM)
                : new Resolved<>(AuthMode.DELEGATED, Source.DEFAULT));
    assertThat(resolver(Scope.organization(7), stored).overrides(SettingKeys.AZURE_AUTH_MODE))
        .isFalse();
  }

  static Stream<Boolean> systemSetOrNot() {
    return Stream.of(true, false);
  }

  @Test
  void theClientSecretIsOpenedOnlyWhenAsked() {
    Map<ScopeLevel, Map<String, String>> stored = new EnumMap<>(ScopeLevel.class);
    put(stored, ScopeLevel.SYSTEM, true, SettingKeys.AZURE_CLIENT_SECRET, "sealed");
    ResolvedSettings resolved =
        new ResolvedSettings(Scope.system(), stored, text -> "opened:" + text);

    assertThat(resolved.value(SettingKeys.AZURE_CLIENT_SECRET)).isEqualTo("opened:sealed");
    assertThat(resolved.value(SettingKeys.AZURE_CLIENT_ID)).isNull();
  }

  @Test
  void theCloudDecidesTheEndpointsAndACustomCloudUsesItsUrls() {
    Map<ScopeLevel, Map<String, String>> stored = new EnumMap<>(ScopeLevel.class);
    assertThat(resolver(Scope.system(), stored).graphUrl())
        .isEqualTo("https://graph.microsoft.com");
    put(stored, ScopeLevel.SYSTEM, true, SettingKeys.AZURE_CLOUD, "CUSTOM");
    stored.get(ScopeLevel.SYSTEM).put(SettingKeys.AZURE_AUTHORITY_URL.name(), "http://127.0.0.1:9");
    stored.get(ScopeLevel.SYSTEM).put(SettingKeys.AZURE_GRAPH_URL.name(), "http://127.0.0.1:8");
    assertThat(resolver(Scope.system(), stored).authorityUrl()).isEqualTo("http://127.0.0.1:9");
    assertThat(resolver(Scope.system(), stored).graphUrl()).isEqualTo("http://127.0.0.1:8");
  }

  private static ResolvedSettings resolver(
      Scope scope, Map<ScopeLevel, Map<String, String>> stored) {
    return new ResolvedSettings(scope, stored, UnaryOperator.identity());
  }

  private static void put(
      Map<ScopeLevel, Map<String, String>> stored,
      ScopeLevel level,
      boolean set,
      SettingKey<?> key,
      String text) {
    Map<String, String> atLevel = stored.computeIfAbsent(level, l -> new HashMap<>());
    if (set) {
      atLevel.put(key.name(), text);
    }
  }

  private static Resolved<?> expect(Kind kind, String text, Source source) {
    return new Resolved<>(kind.key().fromText(text), source);
  }

  private static Resolved<?> defaultOf(Kind kind) {
    return new Resolved<>(kind.key().defaultValue(), Source.DEFAULT);
  }
}
