package com.tandem.server.account;

import com.tandem.graph.TokenResponse;
import com.tandem.server.database.Durability;
import com.tandem.server.settings.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code microsoft_connections} table. Tokens are sealed with the user's id as context, so a
 * sealed token copied to another row does not open. Claiming a refresh lease is a conditional
 * UPDATE: whoever changes the row holds the lease, on any node.
 */
@Repository
class JdbcConnections {

  private final JdbcClient jdbc;
  private final SecretBox secrets;
  private final Durability durability;

  JdbcConnections(JdbcClient jdbc, SecretBox secrets, Durability durability) {
    this.jdbc = jdbc;
    this.secrets = secrets;
    this.durability = durability;
  }

  Optional<StoredConnection> find(long userId) {
    return jdbc.sql("SELECT * FROM microsoft_connections WHERE user_id = ?")
        .param(userId)
        .query(this::row)
        .optional();
  }

  /** The CRM user whose connection is to {@code microsoftUser}, if any (case ignored). */
  Optional<Long> connectedTo(String microsoftUser) {
    return jdbc.sql("SELECT user_id FROM microsoft_connections WHERE microsoft_user_key = ?")
        .param(key(microsoftUser))
        .query(Long.class)
        .optional();
  }

  /** How a Microsoft user's name is compared: user principal names ignore case. */
  static String key(String microsoftUser) {
    return microsoftUser == null ? null : microsoftUser.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Stores a freshly connected account, replacing whatever was there.
   *
   * @throws org.springframework.dao.DuplicateKeyException when another CRM user is connected to the
   *     same Microsoft user
   */
  void connect(
      long userId, String accountName, String microsoftUser, TokenResponse tokens, Instant now) {
    int updated =
        jdbc.sql(
                "UPDATE microsoft_connections SET status = 'CONNECTED', account_name = ?,"
                    + " microsoft_user = ?, microsoft_user_key = ?, granted_scopes = ?,"
                    + " connected_at = ?, access_token = ?,"
                    + " access_expires_at = ?, refresh_token = ?, problem = NULL, lease_owner ="
                    + " NULL, lease_until = NULL, version = version + 1, updated_at = ? WHERE"
                    + " user_id = ?")
            .params(
                accountName,
                microsoftUser,
                key(microsoftUser),
                String.join(" ", tokens.scopes()),
                time(now),
                seal(userId, "access", tokens.accessToken()),
                time(tokens.expiresAt()),
                seal(userId, "refresh", tokens.refreshToken()),
                time(now),
                userId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO microsoft_connections (user_id, status, account_name, microsoft_user,"
                  + " microsoft_user_key, granted_scopes, connected_at, access_token,"
                  + " access_expires_at, refresh_token, updated_at)"
                  + " VALUES (?, 'CONNECTED', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              userId,
              accountName,
              microsoftUser,
              key(microsoftUser),
              String.join(" ", tokens.scopes()),
              time(now),
              seal(userId, "access", tokens.accessToken()),
              time(tokens.expiresAt()),
              seal(userId, "refresh", tokens.refreshToken()),
              time(now))
          .update();
    }
    // Connect is answered by a GET (the Redirect URI): durable here, not by the request.
    durability.now();
  }

  /**
   * Claims the right to redeem this connection's refresh token until {@code until}; false when
   * another worker holds an unexpired lease or the connection is not connected.
   */
  boolean claimLease(long userId, String owner, Instant now, Instant until) {
    return jdbc.sql(
                "UPDATE microsoft_connections SET lease_owner = ?, lease_until = ?, version ="
                    + " version + 1 WHERE user_id = ? AND status = 'CONNECTED' AND (lease_until IS"
                    + " NULL OR lease_until < ?)")
            .params(owner, time(until), userId, time(now))
            .update()
        == 1;
  }

  /** Stores refreshed tokens (the rotated refresh token replaces the old one), ending the lease. */
  boolean refreshed(
      long userId, String owner, TokenResponse tokens, String oldRefresh, Instant now) {
    String refresh = tokens.newRefreshToken().orElse(oldRefresh);
    String scopes = tokens.scope() == null ? null : String.join(" ", tokens.scopes());
    boolean stored =
        jdbc.sql(
                    "UPDATE microsoft_connections SET access_token = ?, access_expires_at = ?,"
                        + " refresh_token = ?, granted_scopes = COALESCE(?, granted_scopes),"
                        + " lease_owner = NULL, lease_until = NULL, version = version + 1,"
                        + " updated_at = ? WHERE user_id = ? AND lease_owner = ?")
                .params(
                    seal(userId, "access", tokens.accessToken()),
                    time(tokens.expiresAt()),
                    seal(userId, "refresh", refresh),
                    scopes,
                    time(now),
                    userId,
                    owner)
                .update()
            == 1;
    // The old refresh token is spent: losing the new one in a crash would mean reconnecting.
    durability.now();
    return stored;
  }

  void releaseLease(long userId, String owner) {
    jdbc.sql(
            "UPDATE microsoft_connections SET lease_owner = NULL, lease_until = NULL WHERE"
                + " user_id = ? AND lease_owner = ?")
        .params(userId, owner)
        .update();
  }

  /** The grant no longer works: forget the tokens, keep the account's name for the page. */
  void reconnectRequired(long userId, String problem, Instant now) {
    jdbc.sql(
            "UPDATE microsoft_connections SET status = 'RECONNECT_REQUIRED', problem = ?,"
                + " access_token = NULL, access_expires_at = NULL, refresh_token = NULL,"
                + " lease_owner = NULL, lease_until = NULL, version = version + 1, updated_at = ?"
                + " WHERE user_id = ?")
        .params(problem, time(now), userId)
        .update();
  }

  /** Forgets the connection and its tokens; returns whether there was one. */
  boolean delete(long userId) {
    return jdbc.sql("DELETE FROM microsoft_connections WHERE user_id = ?").param(userId).update()
        > 0;
  }

  private StoredConnection row(ResultSet rs, int n) throws SQLException {
    long userId = rs.getLong("user_id");
    String scopes = rs.getString("granted_scopes");
    MicrosoftConnection view =
        new MicrosoftConnection(
            userId,
            ConnectionStatus.valueOf(rs.getString("status")),
            rs.getString("account_name"),
            rs.getString("microsoft_user"),
            instant(rs, "connected_at"),
            scopes == null || scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" ")),
            rs.getString("problem"));
    return new StoredConnection(
        view,
        open(userId, "access", rs.getString("access_token")),
        instant(rs, "access_expires_at"),
        open(userId, "refresh", rs.getString("refresh_token")));
  }

  private String seal(long userId, String kind, String token) {
    return token == null ? null : secrets.seal(token, context(userId, kind));
  }

  private String open(long userId, String kind, String sealed) {
    return sealed == null ? null : secrets.open(sealed, context(userId, kind));
  }

  private static String context(long userId, String kind) {
    return "microsoft-connection:" + userId + ":" + kind;
  }

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
