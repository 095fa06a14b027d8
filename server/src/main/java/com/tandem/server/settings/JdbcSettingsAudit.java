package com.tandem.server.settings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of settings changes. */
@Repository
class JdbcSettingsAudit {

  private static final int LIMIT = 500;

  private final JdbcClient jdbc;

  JdbcSettingsAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records one change; {@code organizationId} is the organization it concerns, if any. */
  void record(
      Instant at,
      Long actorId,
      String actor,
      Scope scope,
      Long organizationId,
      SettingKey<?> key,
      String oldValue,
      String newValue) {
    record(
        at,
        actorId,
        actor,
        scope,
        organizationId,
        key.name(),
        key.isSecret() ? null : oldValue,
        key.isSecret() ? null : newValue,
        key.isSecret());
  }

  /** Records one change of something named {@code what}; a secret's values are never kept. */
  void record(
      Instant at,
      Long actorId,
      String actor,
      Scope scope,
      Long organizationId,
      String what,
      String oldValue,
      String newValue,
      boolean secret) {
    jdbc.sql(
            "INSERT INTO settings_audit (changed_at, actor_id, actor_username, scope, scope_id,"
                + " organization_id, setting, old_value, new_value, secret)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            at.atOffset(ZoneOffset.UTC),
            actorId,
            actor,
            scope.level().name(),
            scope.id(),
            organizationId,
            what,
            secret ? null : oldValue,
            secret ? null : newValue,
            secret)
        .update();
  }

  /**
   * The newest entries first, at most 500: of one scope when {@code scope} is given, and only those
   * of one organization and its users when {@code organizationId} is given.
   */
  List<AuditEntry> entries(Scope scope, Long organizationId) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, changed_at, actor_username, scope, scope_id, setting, old_value,"
                + " new_value, secret FROM settings_audit WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (scope != null) {
      sql.append(" AND scope = ? AND scope_id = ?");
      params.add(scope.level().name());
      params.add(scope.id());
    }
    if (organizationId != null) {
      sql.append(" AND organization_id = ? AND scope <> 'SYSTEM'");
      params.add(organizationId);
    }
    sql.append(" ORDER BY id DESC LIMIT ").append(LIMIT);
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getLong("id"),
                    rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor_username"),
                    new Scope(ScopeLevel.valueOf(rs.getString("scope")), rs.getLong("scope_id")),
                    rs.getString("setting"),
                    rs.getString("old_value"),
                    rs.getString("new_value"),
                    rs.getBoolean("secret")))
        .list();
  }
}
