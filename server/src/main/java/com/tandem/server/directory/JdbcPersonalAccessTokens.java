package com.tandem.server.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens in {@code personal_access_tokens}, kept only as SHA-256 hashes: a token
 * has 256 random bits, so a fast hash is enough and lets a request find its token by index.
 */
@Repository
class JdbcPersonalAccessTokens implements AccessTokens {

  static final String PREFIX = "tdm_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JdbcUserDetailsService userDetails;

  JdbcPersonalAccessTokens(JdbcClient jdbc, Clock clock, JdbcUserDetailsService userDetails) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.userDetails = userDetails;
  }

  @Override
  @Transactional
  public Optional<SignedInUser> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    record Match(long id, String username) {}
    Optional<Match> match =
        jdbc.sql(
                "SELECT t.id, u.username FROM personal_access_tokens t"
                    + " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?")
            .param(hash(token))
            .query((rs, n) -> new Match(rs.getLong(1), rs.getString(2)))
            .optional();
    if (match.isEmpty()) {
      return Optional.empty();
    }
    SignedInUser user;
    try {
      user = (SignedInUser) userDetails.loadUserByUsername(match.get().username());
    } catch (UsernameNotFoundException e) {
      return Optional.empty();
    }
    if (!user.isEnabled()) {
      return Optional.empty();
    }
    jdbc.sql("UPDATE personal_access_tokens SET last_used_at = ? WHERE id = ?")
        .params(OffsetDateTime.now(clock), match.get().id())
        .update();
    return Optional.of(user);
  }

  /** Stores a new token's hash and returns the token with its secret, to be shown once. */
  NewToken create(long userId, String name) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO personal_access_tokens (user_id, name, token_hash, created_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(userId, name, hash(secret), OffsetDateTime.now(clock))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    return new NewToken(byId(userId, id).orElseThrow(), secret);
  }

  List<PersonalAccessToken> list(long userId) {
    return jdbc.sql(
            "SELECT id, user_id, name, created_at, last_used_at FROM personal_access_tokens"
                + " WHERE user_id = ? ORDER BY created_at DESC, id DESC")
        .param(userId)
        .query(this::row)
        .list();
  }

  Optional<PersonalAccessToken> byId(long userId, long id) {
    return jdbc.sql(
            "SELECT id, user_id, name, created_at, last_used_at FROM personal_access_tokens"
                + " WHERE user_id = ? AND id = ?")
        .params(userId, id)
        .query(this::row)
        .optional();
  }

  boolean revoke(long userId, long id) {
    return jdbc.sql("DELETE FROM personal_access_tokens WHERE user_id = ? AND id = ?")
            .params(userId, id)
            .update()
        == 1;
  }

  static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private PersonalAccessToken row(ResultSet rs, int n) throws SQLException {
    return new PersonalAccessToken(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getString("name"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("last_used_at", OffsetDateTime.class));
  }

  /** A token just created, with its secret (never stored, never shown again). */
  record NewToken(PersonalAccessToken token, String secret) {}
}
