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
    MigrateResult result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isEqualTo(files).isPositive();

    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO organizations (name, created_at) VALUES (?, ?)")
        .params("Migrated", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    assertThat(
            jdbc.sql("SELECT version FROM organizations WHERE name = 'Migrated'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
