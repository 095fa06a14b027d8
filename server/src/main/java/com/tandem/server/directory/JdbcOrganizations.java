package com.tandem.server.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Organizations in the {@code organizations} table. */
@Repository
class JdbcOrganizations {

  private static final String COLUMNS = "SELECT id, name, version FROM organizations";

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcOrganizations(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<Organization> all() {
    return jdbc.sql(COLUMNS + " ORDER BY LOWER(name), id").query(this::row).list();
  }

  Optional<Organization> byId(long id) {
    return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(this::row).optional();
  }

  Optional<Organization> byName(String name) {
    return jdbc.sql(COLUMNS + " WHERE LOWER(name) = LOWER(?)")
        .param(name)
        .query(this::row)
        .optional();
  }

  long insert(String name) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO organizations (name, created_at) VALUES (?, ?)")
        .params(name, OffsetDateTime.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Renames when the version still matches; false when another change came first. */
  boolean rename(long id, String name, long expectedVersion) {
    return jdbc.sql(
                "UPDATE organizations SET name = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .params(name, id, expectedVersion)
            .update()
        == 1;
  }

  boolean delete(long id, long expectedVersion) {
    return jdbc.sql("DELETE FROM organizations WHERE id = ? AND version = ?")
            .params(id, expectedVersion)
            .update()
        == 1;
  }

  long userCount(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE organization_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  private Organization row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Organization(rs.getLong("id"), rs.getString("name"), rs.getLong("version"));
  }
}
