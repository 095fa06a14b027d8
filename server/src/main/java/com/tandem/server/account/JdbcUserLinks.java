package com.tandem.server.account;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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

  /** The CRM user linked to {@code microsoftUser}, if any (case ignored). */
  Optional<Long> linkedTo(String microsoftUser) {
    return jdbc.sql("SELECT user_id FROM microsoft_user_links WHERE microsoft_user_key = ?")
        .param(JdbcConnections.key(microsoftUser))
        .query(Long.class)
        .optional();
  }

  /**
   * Replaces the user's link, in one transaction.
   *
   * @throws org.springframework.dao.DuplicateKeyException when another CRM user is linked to the
   *     same Microsoft user
   */
  @Transactional
  void save(UserLink link) {
    jdbc.sql("DELETE FROM microsoft_user_links WHERE user_id = ?").param(link.userId()).update();
    jdbc.sql(
            "INSERT INTO microsoft_user_links (user_id, microsoft_user, microsoft_user_key,"
                + " account_name, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            link.userId(),
            link.microsoftUser(),
            JdbcConnections.key(link.microsoftUser()),
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
