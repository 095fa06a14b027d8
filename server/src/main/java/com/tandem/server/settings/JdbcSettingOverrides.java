package com.tandem.server.settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored overrides, one row per scope and key; the client secret is stored sealed. */
@Repository
class JdbcSettingOverrides {

  private final JdbcClient jdbc;

  JdbcSettingOverrides(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The stored texts of one scope, by key name. */
  Map<String, String> of(Scope scope) {
    Map<String, String> texts = new TreeMap<>();
    jdbc.sql("SELECT setting, stored_value FROM setting_overrides WHERE scope = ? AND scope_id = ?")
        .params(scope.level().name(), scope.id())
        .query(
            (RowCallbackHandler)
                rs -> texts.put(rs.getString("setting"), rs.getString("stored_value")));
    return texts;
  }

  /** The stored texts of the system, an organization and a user (ids 0 when not wanted). */
  Map<ScopeLevel, Map<String, String>> chain(long organizationId, long userId) {
    Map<ScopeLevel, Map<String, String>> chain = new EnumMap<>(ScopeLevel.class);
    for (ScopeLevel level : ScopeLevel.values()) {
      chain.put(level, new LinkedHashMap<>());
    }
    jdbc.sql(
            "SELECT scope, setting, stored_value FROM setting_overrides WHERE scope = 'SYSTEM'"
                + " OR (scope = 'ORGANIZATION' AND scope_id = ?) OR (scope = 'USER' AND scope_id = ?)")
        .params(organizationId, userId)
        .query(
            (RowCallbackHandler)
                rs ->
                    chain
                        .get(ScopeLevel.valueOf(rs.getString("scope")))
                        .put(rs.getString("setting"), rs.getString("stored_value")));
    return chain;
  }

  /** Sets or replaces one override. */
  void put(Scope scope, String key, String text, Instant at, Long actorId) {
    int updated =
        jdbc.sql(
                "UPDATE setting_overrides SET stored_value = ?, updated_at = ?, updated_by = ?"
                    + " WHERE scope = ? AND scope_id = ? AND setting = ?")
            .params(
                text, at.atOffset(ZoneOffset.UTC), actorId, scope.level().name(), scope.id(), key)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO setting_overrides (scope, scope_id, setting, stored_value, updated_at,"
                  + " updated_by) VALUES (?, ?, ?, ?, ?, ?)")
          .params(scope.level().name(), scope.id(), key, text, at.atOffset(ZoneOffset.UTC), actorId)
          .update();
    }
  }

  /** Removes one override, so the scope inherits again. */
  void remove(Scope scope, String key) {
    jdbc.sql("DELETE FROM setting_overrides WHERE scope = ? AND scope_id = ? AND setting = ?")
        .params(scope.level().name(), scope.id(), key)
        .update();
  }

  /** Removes every override of a scope, e.g. when its organization or user is deleted. */
  void removeAll(Scope scope) {
    jdbc.sql("DELETE FROM setting_overrides WHERE scope = ? AND scope_id = ?")
        .params(scope.level().name(), scope.id())
        .update();
  }

  /** A version tag of a scope's overrides that changes whenever one of them does. */
  static String etag(Map<String, String> overrides) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      overrides.forEach(
          (key, text) -> {
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
          });
      return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 10) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
