package com.tandem.server.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates organizations and users straight in the database, for tests that need people. */
public final class TestDirectory {

  private static final PasswordEncoder ENCODER =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  private final JdbcClient jdbc;

  public TestDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates an organization with a unique name starting with the given one; returns its id. */
  public long organization(String name) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("INSERT INTO organizations (name, created_at) VALUES (?, ?)")
        .params(unique, OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    return jdbc.sql("SELECT id FROM organizations WHERE name = ?")
        .param(unique)
        .query(Long.class)
        .single();
  }

  /** The name of an organization. */
  public String organizationName(long id) {
    return jdbc.sql("SELECT name FROM organizations WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  /**
   * Creates a user with the given roles (names of {@code Role}) and password; returns its id. The
   * username is made unique by a suffix; read it back with {@link #username(long)}.
   */
  public long user(String username, String password, long organizationId, String... roles) {
    String unique = username + "-" + UUID.randomUUID().toString().substring(0, 6);
    jdbc.sql(
            "INSERT INTO users (username, email, display_name, organization_id, password_hash,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            unique,
            unique + "@example.test",
            username,
            organizationId,
            ENCODER.encode(password),
            OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    long id =
        jdbc.sql("SELECT id FROM users WHERE username = ?")
            .param(unique)
            .query(Long.class)
            .single();
    for (String role : roles) {
      jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, ?)").params(id, role).update();
    }
    return id;
  }

  /** The username of a user. */
  public String username(long id) {
    return jdbc.sql("SELECT username FROM users WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
