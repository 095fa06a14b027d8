package com.tandem.server.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every setting's effective value for one scope, with where it came from, and what the scope would
 * inherit without its own override. A snapshot: it does not see later changes.
 */
public final class ResolvedSettings {

  private static final Logger log = LoggerFactory.getLogger(ResolvedSettings.class);
  private static final List<ScopeLevel> WIDEST_LAST =
      List.of(ScopeLevel.USER, ScopeLevel.ORGANIZATION, ScopeLevel.SYSTEM);

  private final Scope scope;
  private final Map<ScopeLevel, Map<String, String>> overrides;
  private final UnaryOperator<String> openSecret;

  /**
   * @param overrides the stored texts per level on the scope's chain (the secret still sealed)
   * @param openSecret decrypts the stored client secret
   */
  ResolvedSettings(
      Scope scope,
      Map<ScopeLevel, Map<String, String>> overrides,
      UnaryOperator<String> openSecret) {
    this.scope = Objects.requireNonNull(scope, "scope == null");
    this.overrides = Map.copyOf(overrides);
    this.openSecret = Objects.requireNonNull(openSecret, "openSecret == null");
  }

  /** The scope these values are for. */
  public Scope scope() {
    return scope;
  }

  /** The effective value of a key and its source. */
  public <T> Resolved<T> get(SettingKey<T> key) {
    return resolve(key, scope.level());
  }

  /** The effective value of a key. */
  public <T> T value(SettingKey<T> key) {
    return get(key).value();
  }

  /**
   * Where the key's value comes from, without reading the value: safe for the secret even when it
   * cannot be decrypted.
   */
  public Source sourceOf(SettingKey<?> key) {
    for (ScopeLevel level : WIDEST_LAST) {
      if (level.compareTo(scope.level()) <= 0
          && key.allowedAt(level)
          && stored(level, key) != null) {
        return Source.of(level);
      }
    }
    return Source.DEFAULT;
  }

  /** What the key would be if this scope did not override it (the value to inherit). */
  public <T> Resolved<T> inherited(SettingKey<T> key) {
    return switch (scope.level()) {
      case SYSTEM -> new Resolved<>(key.defaultValue(), Source.DEFAULT);
      case ORGANIZATION -> resolve(key, ScopeLevel.SYSTEM);
      case USER -> resolve(key, ScopeLevel.ORGANIZATION);
    };
  }

  /** True when this scope itself overrides the key. */
  public boolean overrides(SettingKey<?> key) {
    return key.allowedAt(scope.level()) && stored(scope.level(), key) != null;
  }

  /** The key's effective Graph and identity endpoints follow from the cloud; see {@link Cloud}. */
  public String authorityUrl() {
    Cloud cloud = value(SettingKeys.AZURE_CLOUD);
    return cloud == Cloud.CUSTOM ? value(SettingKeys.AZURE_AUTHORITY_URL) : cloud.authorityUrl();
  }

  /** Graph's base URL for the configured cloud (without {@code /v1.0}). */
  public String graphUrl() {
    Cloud cloud = value(SettingKeys.AZURE_CLOUD);
    return cloud == Cloud.CUSTOM ? value(SettingKeys.AZURE_GRAPH_URL) : cloud.graphUrl();
  }

  private <T> Resolved<T> resolve(SettingKey<T> key, ScopeLevel narrowest) {
    for (ScopeLevel level : WIDEST_LAST) {
      if (level.compareTo(narrowest) > 0 || !key.allowedAt(level)) {
        continue;
      }
      String text = stored(level, key);
      if (text != null) {
        String plain = key.isSecret() ? openSecret.apply(text) : text;
        try {
          return new Resolved<>(key.fromText(plain), Source.of(level));
        } catch (InvalidSettingValue outdated) {
          // A value stored under older rules: the scopes above (or the default) apply instead.
          log.warn("Ignoring the stored {} of {} scope: no longer valid", key, level);
        }
      }
    }
    return new Resolved<>(key.defaultValue(), Source.DEFAULT);
  }

  private String stored(ScopeLevel level, SettingKey<?> key) {
    Map<String, String> atLevel = overrides.get(level);
    return atLevel == null ? null : atLevel.get(key.name());
  }
}
