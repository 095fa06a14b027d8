package com.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "tandem.data-dir=./target/it-data/application")
class TandemApplicationIT {

  @Autowired JdbcClient jdbc;

  @Test
  void migrationsCreateTheDirectoryTables() {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM organizations").query(Long.class).single())
        .isNotNull();
  }
}
