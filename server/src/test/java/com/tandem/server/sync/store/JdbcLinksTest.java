package com.tandem.server.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.reconcile.SyncLink;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.server.sync.run.MemorySides;
import com.tandem.server.testing.TestDirectory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The link store over the real table: a rewrite of links happens whole or not at all. */
class JdbcLinksTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  JdbcClient jdbc;
  JdbcLinks<TaskFields> links;

  @BeforeEach
  void aUsersLinks() {
    SimpleDriverDataSource data =
        new SimpleDriverDataSource(
            new org.h2.Driver(),
            "jdbc:h2:mem:links-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(data).load().migrate();
    jdbc = JdbcClient.create(data);
    TestDirectory directory = new TestDirectory(jdbc);
    long user = directory.user("links", "pw", directory.organization("Links"), "USER");
    links =
        new JdbcLinks<>(
            jdbc,
            new JdbcTemplate(data),
            new TransactionTemplate(new DataSourceTransactionManager(data)),
            () -> {},
            user,
            new MemorySides().resource);
  }

  private static SyncLink<TaskFields> link(String crmId, String microsoftId, String crmVersion) {
    return SyncLink.of(crmId, crmVersion, microsoftId, "k1", TaskFields.of("Call " + crmId), AT);
  }

  @Test
  void aRewriteThatFailsHalfWayLeavesEveryLinkAsItWas() {
    links.saveAll(List.of(link("c1", "m1", "v1"), link("c2", "m2", "v1")));

    // The second row cannot be written (its version is longer than the column): the first row's
    // old link was deleted and its new one written before that, which must all be undone.
    assertThatThrownBy(
            () -> links.saveAll(List.of(link("c1", "m3", "v2"), link("c3", "m4", "v".repeat(200)))))
        .isInstanceOf(DataAccessException.class);

    assertThat(links.byCrmId("c1").orElseThrow().microsoftId()).isEqualTo("m1");
    assertThat(links.byCrmId("c2")).isPresent();
    assertThat(links.byCrmId("c3")).isEmpty();
    assertThat(links.count()).isEqualTo(2);
  }

  @Test
  void createIntentsAreFoundAndReplacedTogetherWithWhatIsForgotten() {
    links.saveAll(
        List.of(
            link("c1", "m1", "v1"),
            link("c2", Links.creating("c2"), "v1"),
            link("c3", Links.creating("c3"), "v1")));

    assertThat(links.createIntents()).extracting(SyncLink::crmId).containsExactly("c2", "c3");

    links.replace(List.of(link("c2", "m2", "v1")), List.of("c3"), List.of());

    assertThat(links.createIntents()).isEmpty();
    assertThat(links.byCrmId("c2").orElseThrow().microsoftId()).isEqualTo("m2");
    assertThat(links.byCrmId("c3")).isEmpty();
    assertThat(links.count()).isEqualTo(2);
  }
}
