package com.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.testing.EmbeddedPostgresServer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Every migration in db/migration, whoever wrote it, runs on H2 and on real PostgreSQL. */
class MigrationsIT {

  @Test
  void everyMigrationRunsOnH2InPostgresMode() throws IOException {
    DataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    migrateAndCheck(h2);
  }

  @Test
  void everyMigrationRunsOnPostgres() throws IOException {
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
      migrateAndCheck(new DriverManagerDataSource(postgres.jdbcUrl()));
    }
  }

  private static void migrateAndCheck(DataSource dataSource) throws IOException {
    int files =
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:db/migration/V*__*.sql")
            .length;
    MigrateResult upTo44 =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .target("44")
            .load()
            .migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    long[] sharing = twoUsersSharingOneMicrosoftUser(jdbc);
    MigrateResult result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    assertThat(result.success).isTrue();
    assertThat(upTo44.migrationsExecuted + result.migrationsExecuted).isEqualTo(files).isPositive();
    // V45: a Microsoft user serves one CRM user; the first link and connection stay.
    assertThat(jdbc.sql("SELECT user_id FROM microsoft_user_links").query(Long.class).list())
        .containsExactly(sharing[0]);
    assertThat(
            jdbc.sql("SELECT status FROM microsoft_connections ORDER BY user_id")
                .query(String.class)
                .list())
        .containsExactly("CONNECTED", "RECONNECT_REQUIRED");

    jdbc.sql("INSERT INTO organizations (name, created_at) VALUES (?, ?)")
        .params("Migrated", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    assertThat(
            jdbc.sql("SELECT version FROM organizations WHERE name = 'Migrated'")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** Before V45: two users linked and connected to one Microsoft user (names differing in case). */
  private static long[] twoUsersSharingOneMicrosoftUser(JdbcClient jdbc) {
    OffsetDateTime earlier = OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    jdbc.sql("INSERT INTO organizations (name, created_at) VALUES ('Sharing', ?)")
        .param(earlier)
        .update();
    long org =
        jdbc.sql("SELECT id FROM organizations WHERE name = 'Sharing'").query(Long.class).single();
    long[] users = new long[2];
    for (int i = 0; i < 2; i++) {
      jdbc.sql(
              "INSERT INTO users (username, email, display_name, organization_id, password_hash,"
                  + " created_at) VALUES (?, ?, ?, ?, '{noop}x', ?)")
          .params("sharer" + i, "sharer" + i + "@example.test", "Sharer", org, earlier)
          .update();
      users[i] =
          jdbc.sql("SELECT id FROM users WHERE username = ?")
              .param("sharer" + i)
              .query(Long.class)
              .single();
      String upn = i == 0 ? "Shared@contoso.test" : "shared@contoso.test";
      jdbc.sql(
              "INSERT INTO microsoft_user_links (user_id, microsoft_user, linked_by, linked_at)"
                  + " VALUES (?, ?, 'MANUAL', ?)")
          .params(users[i], upn, earlier.plusMinutes(i))
          .update();
      jdbc.sql(
              "INSERT INTO microsoft_connections (user_id, status, microsoft_user, connected_at,"
                  + " updated_at) VALUES (?, 'CONNECTED', ?, ?, ?)")
          .params(users[i], upn, earlier.plusMinutes(i), earlier)
          .update();
    }
    return users;
  }
}
