package com.tandem.server.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDirectory implements Directory {

  private final JdbcClient jdbc;

  JdbcDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<OrganizationRef> organization(long organizationId) {
    return jdbc.sql("SELECT id, name FROM organizations WHERE id = ?")
        .param(organizationId)
        .query((rs, n) -> new OrganizationRef(rs.getLong("id"), rs.getString("name")))
        .optional();
  }

  @Override
  public Optional<UserRef> user(long userId) {
    return jdbc.sql(
            "SELECT id, username, email, display_name, organization_id FROM users WHERE id = ?")
        .param(userId)
        .query(JdbcDirectory::userRef)
        .optional();
  }

  @Override
  public List<UserRef> members(long organizationId) {
    return jdbc.sql(
            "SELECT id, username, email, display_name, organization_id FROM users"
                + " WHERE organization_id = ? ORDER BY username")
        .param(organizationId)
        .query(JdbcDirectory::userRef)
        .list();
  }

  private static UserRef userRef(ResultSet rs, int n) throws SQLException {
    return new UserRef(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getLong("organization_id"));
  }
}
