package com.tandem.server.settings;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.web.IfMatch;
import com.tandem.server.web.PreconditionFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the overrides of one scope, all or nothing: checks every key and value, keeps the rules
 * between keys, audits each change and, once committed, publishes {@link SettingsChanged}. The
 * caller has checked that the actor may change the scope.
 */
@Service
public class ChangeSettings {

  private final JdbcSettingOverrides overrides;
  private final JdbcSettingsAudit audit;
  private final SecretBox secrets;
  private final Directory directory;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ChangeSettings(
      JdbcSettingOverrides overrides,
      JdbcSettingsAudit audit,
      SecretBox secrets,
      Directory directory,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.overrides = overrides;
    this.audit = audit;
    this.secrets = secrets;
    this.directory = directory;
    this.transaction = new TransactionTemplate(transactions);
    this.events = events;
    this.clock = clock;
  }

  /**
   * Applies the edits (key name to input) to the scope, or refuses them all with {@link
   * SettingsRejected}; {@code ifMatch}, when given, must be the scope's current ETag. Returns the
   * names of the keys that actually changed.
   */
  public Set<String> apply(
      Actor actor, Scope scope, Map<String, SettingInput> edits, String ifMatch) {
    Map<SettingKey<?>, Object> parsed = parse(scope, edits);
    Set<String> changed = transaction.execute(status -> write(actor, scope, parsed, ifMatch));
    if (!changed.isEmpty()) {
      events.publishEvent(new SettingsChanged(scope, changed));
    }
    return changed;
  }

  /** The scope's current ETag, for GET answers. */
  String etag(Scope scope) {
    return JdbcSettingOverrides.etag(overrides.of(scope));
  }

  private static Map<SettingKey<?>, Object> parse(Scope scope, Map<String, SettingInput> edits) {
    List<SettingProblem> problems = new ArrayList<>();
    Map<SettingKey<?>, Object> parsed = new LinkedHashMap<>();
    edits.forEach(
        (name, input) -> {
          SettingKey<?> key = SettingKeys.byName(name).orElse(null);
          if (key == null) {
            problems.add(SettingProblem.of(name, "settings.error.unknown"));
          } else if (!key.allowedAt(scope.level())) {
            problems.add(SettingProblem.of(name, "settings.error.systemOnly"));
          } else {
            try {
              parsed.put(key, value(key, input));
            } catch (InvalidSettingValue e) {
              problems.add(new SettingProblem(name, e.code(), e.args()));
            }
          }
        });
    if (!problems.isEmpty()) {
      throw new SettingsRejected(problems);
    }
    return parsed;
  }

  private static Object value(SettingKey<?> key, SettingInput input) {
    if (input instanceof SettingInput.Json json) {
      return json.node().isNull() ? null : key.fromJson(json.node());
    }
    if (input instanceof SettingInput.Text text) {
      return key.fromText(text.text());
    }
    return null;
  }

  private Set<String> write(
      Actor actor, Scope scope, Map<SettingKey<?>, Object> parsed, String ifMatch) {
    Map<String, String> current = overrides.of(scope);
    List<String> expected = IfMatch.parse(ifMatch).tags();
    if (!expected.isEmpty() && !expected.contains(JdbcSettingOverrides.etag(current))) {
      throw new PreconditionFailedException(
          "The settings were changed meanwhile; read them again and retry.");
    }
    if (scope.level() == ScopeLevel.SYSTEM) {
      checkSystemRules(current, parsed);
    }
    Instant now = clock.instant();
    Long organizationId = organizationOf(scope);
    Set<String> changed = new LinkedHashSet<>();
    parsed.forEach(
        (key, value) -> {
          String stored = current.get(key.name());
          String old = stored == null ? null : plain(key, stored);
          if (value == null) {
            if (stored != null) {
              overrides.remove(scope, key.name());
              record(actor, scope, organizationId, key, old, null, now);
              changed.add(key.name());
            }
            return;
          }
          String text = key.toText(value);
          boolean unchanged = text.equals(old);
          boolean defaultAtSystem =
              stored == null
                  && scope.level() == ScopeLevel.SYSTEM
                  && value.equals(key.defaultValue());
          if (unchanged || defaultAtSystem) {
            return;
          }
          String toStore = key.isSecret() ? secrets.seal(text, Settings.SECRET_CONTEXT) : text;
          overrides.put(scope, key.name(), toStore, now, actor == null ? null : actor.userId());
          record(actor, scope, organizationId, key, old, text, now);
          changed.add(key.name());
        });
    return changed;
  }

  private void record(
      Actor actor,
      Scope scope,
      Long organizationId,
      SettingKey<?> key,
      String old,
      String text,
      Instant now) {
    audit.record(
        now,
        actor == null ? null : actor.userId(),
        actor == null ? "system" : actor.username(),
        scope,
        organizationId,
        key,
        old,
        text);
  }

  /** Sync switches need the whole Azure application; a custom cloud needs both URLs. */
  private static void checkSystemRules(
      Map<String, String> current, Map<SettingKey<?>, Object> parsed) {
    Map<SettingKey<?>, Object> after = new HashMap<>();
    for (SettingKey<?> key : SettingKeys.ALL) {
      String stored = current.get(key.name());
      Object value;
      try {
        value = stored == null || key.isSecret() ? stored : key.fromText(stored);
      } catch (InvalidSettingValue outdated) {
        // a value stored under older rules counts as unset, as when settings are resolved
        value = null;
      }
      after.put(key, value == null ? key.defaultValue() : value);
    }
    parsed.forEach((key, value) -> after.put(key, value == null ? key.defaultValue() : value));
    boolean applicationComplete =
        SettingKeys.APPLICATION_FIELDS.stream().allMatch(key -> after.get(key) != null);
    boolean anySyncOn =
        SettingKeys.INTEGRATION_SWITCHES.stream()
            .anyMatch(key -> Boolean.TRUE.equals(after.get(key)));
    List<SettingProblem> problems = new ArrayList<>();
    if (anySyncOn && !applicationComplete) {
      for (SettingKey<Boolean> key : SettingKeys.INTEGRATION_SWITCHES) {
        if (Boolean.TRUE.equals(parsed.get(key))) {
          problems.add(SettingProblem.of(key.name(), "settings.error.applicationIncomplete"));
        }
      }
      for (SettingKey<String> key : SettingKeys.APPLICATION_FIELDS) {
        if (parsed.containsKey(key) && parsed.get(key) == null) {
          problems.add(SettingProblem.of(key.name(), "settings.error.neededBySync"));
        }
      }
    }
    if (after.get(SettingKeys.AZURE_CLOUD) == Cloud.CUSTOM) {
      for (SettingKey<String> key :
          List.of(SettingKeys.AZURE_AUTHORITY_URL, SettingKeys.AZURE_GRAPH_URL)) {
        if (after.get(key) == null) {
          problems.add(SettingProblem.of(key.name(), "settings.error.customCloud"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new SettingsRejected(problems);
    }
  }

  private String plain(SettingKey<?> key, String stored) {
    if (!key.isSecret()) {
      return stored;
    }
    try {
      return secrets.open(stored, Settings.SECRET_CONTEXT);
    } catch (IllegalStateException unreadable) {
      // Sealed under another key: any new value counts as a change.
      return "";
    }
  }

  private Long organizationOf(Scope scope) {
    return switch (scope.level()) {
      case SYSTEM -> null;
      case ORGANIZATION -> scope.id();
      case USER -> directory.user(scope.id()).map(u -> (Long) u.organizationId()).orElse(null);
    };
  }
}
