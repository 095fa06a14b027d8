package com.tandem.server.directory;

import com.tandem.server.testing.TestClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One running server shared by the directory's integration tests (equal configuration, so Spring
 * reuses the context), with a clock the tests can move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:directory-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=" + DirectoryServerTest.ADMIN_PASSWORD,
      "db-scheduler.enabled=false"
    })
@Import(DirectoryServerTest.Clocks.class)
@interface DirectoryServerTest {

  String ADMIN_PASSWORD = "admin-secret-1";

  /** Replaces the server's clock with one the tests move. */
  @TestConfiguration
  class Clocks {

    @Bean
    @Primary
    TestClock movableClock() {
      return new TestClock(Instant.parse("2026-01-05T09:00:00Z"));
    }
  }
}
