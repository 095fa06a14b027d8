package com.tandem.server.account;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code microsoft_user_links} table of application mode. */
@Repository
class JdbcUserLinks {

  private final JdbcClient jdbc;

  JdbcUserLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UserLink> find(long userId) {
    return jdbc.sql("SELECT * FROM microsoft_user_links WHERE user_id = ?")
        .param(userId)
        .query(
            (rs, n) ->
                new UserLink(
                    rs.getLong("user_id"),
                    rs.getString("microsoft_user"),
                    rs.getString("account_name"),
                    "EMAIL".equals(rs.getString("linked_by")),
                    JdbcConnections.instant(rs, "linked_at")))
        .optional();
  }

  void save(UserLink link) {
    jdbc.sql("DELETE FROM microsoft_user_links WHERE user_id = ?").param(link.userId()).update();
    jdbc.sql(
            "INSERT INTO microsoft_user_links (user_id, microsoft_user, account_name, linked_by,"
                + " linked_at) VALUES (?, ?, ?, ?, ?)")
        .params(
            link.userId(),
            link.microsoftUser(),
            link.accountName(),
            link.byEmail() ? "EMAIL" : "MANUAL",
            JdbcConnections.time(link.linkedAt()))
        .update();
  }

  boolean delete(long userId) {
    return jdbc.sql("DELETE FROM microsoft_user_links WHERE user_id = ?").param(userId).update()
        > 0;
  }
}
