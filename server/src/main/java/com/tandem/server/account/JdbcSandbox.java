package com.tandem.server.account;

import com.tandem.server.settings.SecretBox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sandbox's application and accounts ({@code sandbox_tenant}, {@code sandbox_accounts}). */
@Repository
class JdbcSandbox {

  /** The sandbox's registered application. */
  record App(String clientId, String clientSecret, boolean retired) {
    @Override
    public String toString() {
      return "App[clientId=" + clientId + ", retired=" + retired + "]";
    }
  }

  /** A Tandem user's account in the sandbox tenant. */
  record Account(long userId, String userPrincipalName, String password) {
    @Override
    public String toString() {
      return "Account[" + userPrincipalName + "]";
    }
  }

  /** A Tandem user who may need a sandbox account. */
  record Person(long userId, String username, String email, String displayName) {}

  private final JdbcClient jdbc;
  private final SecretBox secrets;

  JdbcSandbox(JdbcClient jdbc, SecretBox secrets) {
    this.jdbc = jdbc;
    this.secrets = secrets;
  }

  Optional<App> app() {
    return jdbc.sql("SELECT client_id, client_secret, retired FROM sandbox_tenant WHERE id = 1")
        .query(
            (rs, n) ->
                new App(
                    rs.getString("client_id"),
                    secrets.open(rs.getString("client_secret"), "sandbox:client-secret"),
                    rs.getBoolean("retired")))
        .optional();
  }

  void saveApp(String clientId, String clientSecret, Instant now) {
    jdbc.sql(
            "INSERT INTO sandbox_tenant (id, client_id, client_secret, created_at) VALUES (1, ?,"
                + " ?, ?)")
        .params(
            clientId,
            secrets.seal(clientSecret, "sandbox:client-secret"),
            JdbcConnections.time(now))
        .update();
  }

  void retire() {
    jdbc.sql("UPDATE sandbox_tenant SET retired = TRUE WHERE id = 1").update();
  }

  List<Account> accounts() {
    return jdbc.sql("SELECT * FROM sandbox_accounts ORDER BY user_id")
        .query((rs, n) -> account(rs))
        .list();
  }

  Optional<Account> account(long userId) {
    return jdbc.sql("SELECT * FROM sandbox_accounts WHERE user_id = ?")
        .param(userId)
        .query((rs, n) -> account(rs))
        .optional();
  }

  boolean upnTaken(String upn) {
    return jdbc.sql("SELECT COUNT(*) FROM sandbox_accounts WHERE LOWER(user_principal_name) = ?")
            .param(upn.toLowerCase(java.util.Locale.ROOT))
            .query(Long.class)
            .single()
        > 0;
  }

  void saveAccount(Account account, Instant now) {
    jdbc.sql(
            "INSERT INTO sandbox_accounts (user_id, user_principal_name, password, created_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(
            account.userId(),
            account.userPrincipalName(),
            secrets.seal(account.password(), "sandbox:password:" + account.userId()),
            JdbcConnections.time(now))
        .update();
  }

  /** Users without a sandbox account yet (read from the directory's table). */
  List<Person> peopleWithoutAccount() {
    return jdbc.sql(
            "SELECT u.id, u.username, u.email, u.display_name FROM users u WHERE NOT EXISTS"
                + " (SELECT 1 FROM sandbox_accounts a WHERE a.user_id = u.id) ORDER BY u.id")
        .query(
            (rs, n) ->
                new Person(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("email"),
                    rs.getString("display_name")))
        .list();
  }

  private Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
    long userId = rs.getLong("user_id");
    return new Account(
        userId,
        rs.getString("user_principal_name"),
        secrets.open(rs.getString("password"), "sandbox:password:" + userId));
  }
}
