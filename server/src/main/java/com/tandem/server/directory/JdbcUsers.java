package com.tandem.server.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Users and their roles in the {@code users} and {@code user_roles} tables. */
@Repository
class JdbcUsers {

  private static final String COLUMNS =
      "SELECT id, username, email, display_name, organization_id, enabled, version FROM users";

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcUsers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every user, or only one organization's when {@code organizationId} is not null. */
  List<DirectoryUser> list(Long organizationId) {
    List<Row> rows =
        organizationId == null
            ? jdbc.sql(COLUMNS + " ORDER BY LOWER(username)").query(this::row).list()
            : jdbc.sql(COLUMNS + " WHERE organization_id = ? ORDER BY LOWER(username)")
                .param(organizationId)
                .query(this::row)
                .list();
    Map<Long, Set<Role>> roles = new HashMap<>();
    jdbc.sql("SELECT user_id, role FROM user_roles")
        .query(
            rs -> {
              roles
                  .computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class))
                  .add(Role.valueOf(rs.getString(2)));
            });
    List<DirectoryUser> users = new ArrayList<>(rows.size());
    for (Row row : rows) {
      users.add(row.with(roles.getOrDefault(row.id(), Set.of())));
    }
    return users;
  }

  Optional<DirectoryUser> byId(long id) {
    return jdbc.sql(COLUMNS + " WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional()
        .map(row -> row.with(roles(id)));
  }

  Optional<Long> idByUsername(String username) {
    return jdbc.sql("SELECT id FROM users WHERE LOWER(username) = LOWER(?)")
        .param(username)
        .query(Long.class)
        .optional();
  }

  long insert(UserChange user, String passwordHash) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO users (username, email, display_name, organization_id, password_hash,"
                + " enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            user.username(),
            user.email(),
            user.displayName(),
            user.organizationId(),
            passwordHash,
            user.enabled(),
            OffsetDateTime.now(clock))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    writeRoles(id, user.roles());
    return id;
  }

  /** Replaces the user's fields when the version still matches; false when it moved on. */
  boolean update(long id, UserChange user, long expectedVersion) {
    int rows =
        jdbc.sql(
                "UPDATE users SET username = ?, email = ?, display_name = ?, organization_id = ?,"
                    + " enabled = ?, version = version + 1 WHERE id = ? AND version = ?")
            .params(
                user.username(),
                user.email(),
                user.displayName(),
                user.organizationId(),
                user.enabled(),
                id,
                expectedVersion)
            .update();
    if (rows == 1) {
      jdbc.sql("DELETE FROM user_roles WHERE user_id = ?").param(id).update();
      writeRoles(id, user.roles());
    }
    return rows == 1;
  }

  void setPasswordHash(long id, String passwordHash) {
    jdbc.sql("UPDATE users SET password_hash = ?, version = version + 1 WHERE id = ?")
        .params(passwordHash, id)
        .update();
  }

  Optional<String> passwordHash(long id) {
    return jdbc.sql("SELECT password_hash FROM users WHERE id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  boolean delete(long id, long expectedVersion) {
    return jdbc.sql("DELETE FROM users WHERE id = ? AND version = ?")
            .params(id, expectedVersion)
            .update()
        == 1;
  }

  /** How many enabled users hold the system administrator role. */
  long enabledSystemAdministrators() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id"
                + " WHERE r.role = ? AND u.enabled = TRUE")
        .param(Role.SYSTEM_ADMIN.name())
        .query(Long.class)
        .single();
  }

  private void writeRoles(long id, Set<Role> roles) {
    for (Role role : roles) {
      jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, ?)")
          .params(id, role.name())
          .update();
    }
  }

  private Set<Role> roles(long id) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql("SELECT role FROM user_roles WHERE user_id = ?")
        .param(id)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getLong("organization_id"),
        rs.getBoolean("enabled"),
        rs.getLong("version"));
  }

  private record Row(
      long id,
      String username,
      String email,
      String displayName,
      long organizationId,
      boolean enabled,
      long version) {

    DirectoryUser with(Set<Role> roles) {
      return new DirectoryUser(
          id, username, email, displayName, organizationId, roles, enabled, version);
    }
  }
}
