package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.graph.Mailbox;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The stored memory of which series an occurrence id belongs to. */
class JdbcOccurrenceMastersTest {

  private final SimpleDriverDataSource data =
      new SimpleDriverDataSource(
          new org.h2.Driver(),
          "jdbc:h2:mem:occurrences-"
              + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
  private final Mailbox ann = Mailbox.user("user:1", "ann@contoso.test");
  private final Mailbox bob = Mailbox.user("user:2", "bob@contoso.test");

  JdbcOccurrenceMastersTest() {
    Flyway.configure().dataSource(data).load().migrate();
  }

  private JdbcOccurrenceMasters store() {
    return new JdbcOccurrenceMasters(JdbcClient.create(data), new JdbcTemplate(data));
  }

  @Test
  void whatOneInstanceRemembersAnotherKnowsAsAfterARestart() {
    store().remember(ann, Map.of("o1", "m1", "o2", "m1", "o3", "m2"));

    JdbcOccurrenceMasters restarted = store();

    assertThat(restarted.masterOf(ann, "o2")).contains("m1");
    assertThat(restarted.masterOf(ann, "o3")).contains("m2");
    assertThat(restarted.masterOf(ann, "o4")).isEmpty();
  }

  @Test
  void anOccurrenceKeepsItsSeriesAndMailboxesAreApart() {
    JdbcOccurrenceMasters store = store();
    store.remember(ann, Map.of("o1", "m1"));
    store.remember(ann, Map.of("o1", "other", "o2", "m1"));
    store.remember(bob, Map.of("o1", "b1"));

    assertThat(store.masterOf(ann, "o1")).contains("m1");
    assertThat(store.masterOf(ann, "o2")).contains("m1");
    assertThat(store.masterOf(bob, "o1")).contains("b1");
  }

  @Test
  void aSeriesThatIsGoneIsForgottenWithItsOccurrences() {
    JdbcOccurrenceMasters store = store();
    store.remember(ann, Map.of("o1", "m1", "o2", "m1", "o3", "m2"));
    store.remember(bob, Map.of("o1", "m1"));

    store.forget(ann, "m1");

    assertThat(store.masterOf(ann, "o1")).isEmpty();
    assertThat(store.masterOf(ann, "o2")).isEmpty();
    assertThat(store.masterOf(ann, "o3")).contains("m2");
    assertThat(store.masterOf(bob, "o1")).contains("m1");
  }
}
