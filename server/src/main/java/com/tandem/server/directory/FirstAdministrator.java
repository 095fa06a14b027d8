package com.tandem.server.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the very first start (no user at all), creates the system administrator {@code admin} in a
 * first organization, with the password from {@code TANDEM_ADMIN_PASSWORD} or a random one printed
 * once to the console. There is no default password.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

  static final String USERNAME = "admin";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final String configuredPassword;

  FirstAdministrator(
      JdbcClient jdbc,
      PasswordEncoder encoder,
      Clock clock,
      @Value("${tandem.admin-password:${TANDEM_ADMIN_PASSWORD:}}") String configuredPassword) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.clock = clock;
    this.configuredPassword = configuredPassword;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    long users = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    if (users > 0) {
      return;
    }
    boolean generated = configuredPassword == null || configuredPassword.isBlank();
    String password = generated ? randomPassword() : configuredPassword;
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("INSERT INTO organizations (name, created_at) VALUES (?, ?)")
        .params("Main Organization", now)
        .update();
    long orgId =
        jdbc.sql("SELECT id FROM organizations WHERE name = ?")
            .param("Main Organization")
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO users (username, email, display_name, organization_id, password_hash,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            USERNAME,
            "admin@tandem.local",
            "System Administrator",
            orgId,
            encoder.encode(password),
            now)
        .update();
    long userId =
        jdbc.sql("SELECT id FROM users WHERE username = ?")
            .param(USERNAME)
            .query(Long.class)
            .single();
    jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, ?)")
        .params(userId, Role.SYSTEM_ADMIN.name())
        .update();
    if (generated) {
      // Printed, not logged: the password must not end up in log files.
      System.out.println();
      System.out.println("=================================================================");
      System.out.println(" Tandem created the system administrator.");
      System.out.println("   username: " + USERNAME);
      System.out.println("   password: " + password);
      System.out.println(" This password is shown only once. Change it after signing in.");
      System.out.println("=================================================================");
      System.out.println();
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
