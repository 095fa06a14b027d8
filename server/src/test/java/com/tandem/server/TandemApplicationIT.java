package com.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application on its default file database, in a data folder of its own for each run. */
@SpringBootTest(
    properties = {
      "tandem.data-dir=./target/it-data/application-${random.uuid}",
      "tandem.admin-password=chosen-by-the-operator"
    })
class TandemApplicationIT {

  @Autowired JdbcClient jdbc;

  @Test
  void firstStartMigratesTheFileDatabaseAndCreatesTheSystemAdministrator() {
    String role =
        jdbc.sql(
                "SELECT r.role FROM users u JOIN user_roles r ON r.user_id = u.id"
                    + " WHERE u.username = 'admin'")
            .query(String.class)
            .single();
    assertThat(role).isEqualTo("SYSTEM_ADMIN");
    String url = jdbc.sql("SELECT DATABASE_PATH()").query(String.class).single();
    assertThat(url).contains("it-data").contains("application-");
  }
}
