package com.tandem.server.directory;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a Tandem user and their roles for sign-in. */
@Service
class JdbcUserDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;

  JdbcUserDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    record Row(long id, String username, long orgId, String hash, boolean enabled) {}
    Row row =
        jdbc.sql(
                "SELECT id, username, organization_id, password_hash, enabled FROM users"
                    + " WHERE username = ?")
            .param(username)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql("SELECT role FROM user_roles WHERE user_id = ?")
        .param(row.id())
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return new SignedInUser(
        new Actor(row.id(), row.username(), row.orgId(), roles), row.hash(), row.enabled());
  }
}
