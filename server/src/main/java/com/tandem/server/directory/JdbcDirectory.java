package com.tandem.server.directory;

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
        .query(
            (rs, n) ->
                new UserRef(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("email"),
                    rs.getString("display_name"),
                    rs.getLong("organization_id")))
        .optional();
  }
}
