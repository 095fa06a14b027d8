package com.tandem.server.account;

import com.tandem.server.settings.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Connect flows in progress. Only the state's SHA-256 is stored, so a database reader cannot finish
 * someone's flow; the PKCE verifier is sealed. Taking a state deletes it: each works once.
 */
@Repository
class JdbcConnectStates {

  /** A flow started by {@code actorId} for {@code targetUserId}. */
  record Pending(long actorId, long targetUserId, String codeVerifier, Instant expiresAt) {
    @Override
    public String toString() {
      return "Pending[actor=" + actorId + ", target=" + targetUserId + "]";
    }
  }

  private final JdbcClient jdbc;
  private final SecretBox secrets;

  JdbcConnectStates(JdbcClient jdbc, SecretBox secrets) {
    this.jdbc = jdbc;
    this.secrets = secrets;
  }

  void save(String state, Pending pending, Instant now) {
    jdbc.sql("DELETE FROM microsoft_connect_states WHERE expires_at < ?")
        .param(JdbcConnections.time(now))
        .update();
    String hash = hash(state);
    jdbc.sql(
            "INSERT INTO microsoft_connect_states (state_hash, actor_id, target_user_id,"
                + " code_verifier, expires_at) VALUES (?, ?, ?, ?, ?)")
        .params(
            hash,
            pending.actorId(),
            pending.targetUserId(),
            secrets.seal(pending.codeVerifier(), "connect-state:" + hash),
            JdbcConnections.time(pending.expiresAt()))
        .update();
  }

  /** The pending flow for a state, without using it up. */
  Optional<Pending> peek(String state) {
    String hash = hash(state);
    return jdbc.sql("SELECT * FROM microsoft_connect_states WHERE state_hash = ?")
        .param(hash)
        .query(
            (rs, n) ->
                new Pending(
                    rs.getLong("actor_id"),
                    rs.getLong("target_user_id"),
                    secrets.open(rs.getString("code_verifier"), "connect-state:" + hash),
                    JdbcConnections.instant(rs, "expires_at")))
        .optional();
  }

  /** Uses the state up; false when someone else already did. */
  boolean take(String state) {
    return jdbc.sql("DELETE FROM microsoft_connect_states WHERE state_hash = ?")
            .param(hash(state))
            .update()
        == 1;
  }

  private static String hash(String state) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
