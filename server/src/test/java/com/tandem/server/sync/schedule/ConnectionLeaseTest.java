package com.tandem.server.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.testing.TestClock;
import com.tandem.server.testing.TestDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The lease rules over the real table, with time moved by hand. */
class ConnectionLeaseTest {

  static final Duration LEASE = Duration.ofSeconds(90);

  static JdbcClient jdbc;

  TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
  JdbcSyncConnections table;
  ConnectionLeases nodeA;
  ConnectionLeases nodeB;
  long user;

  @BeforeAll
  static void database() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:lease-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(h2);
  }

  @BeforeEach
  void aUserAndTwoNodes() {
    TestDirectory directory = new TestDirectory(jdbc);
    user = directory.user("leased", "pw", directory.organization("Leases"), "USER");
    table = new JdbcSyncConnections(jdbc);
    nodeA = node("node-a");
    nodeB = node("node-b");
  }

  @AfterEach
  void stopRenewers() {
    nodeA.stop();
    nodeB.stop();
  }

  @Test
  void aHeldLeaseRefusesEveryOtherClaimOnAnyNode() {
    Optional<ConnectionLeases.Lease> a = nodeA.claim(user);
    assertThat(a).isPresent();
    assertThat(a.get().owner()).startsWith("node-a/");
    assertThat(nodeB.claim(user)).isEmpty();
    assertThat(nodeA.claim(user)).as("a second run on the same node").isEmpty();
    assertThat(table.find(user).orElseThrow().leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
  }

  @Test
  void aReleasedLeaseCanBeTakenAtOnce() {
    ConnectionLeases.Lease a = nodeA.claim(user).orElseThrow();
    nodeA.release(a);
    assertThat(table.find(user).orElseThrow().leaseOwner()).isNull();
    assertThat(nodeB.claim(user)).isPresent();
  }

  @Test
  void theLeaseOfADeadNodeRunsOutAfterItsTime() {
    nodeA.claim(user).orElseThrow();
    clock.advance(LEASE.minusSeconds(1));
    assertThat(nodeB.claim(user)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    ConnectionLeases.Lease b = nodeB.claim(user).orElseThrow();
    assertThat(table.find(user).orElseThrow().leaseOwner()).isEqualTo(b.owner());
  }

  @Test
  void aRestartedNodeTakesBackItsOwnLeasesAtOnceAndLeavesOthersAlone() {
    long other =
        new TestDirectory(jdbc)
            .user("other", "pw", new TestDirectory(jdbc).organization("Leases"), "USER");
    nodeA.claim(user).orElseThrow();
    ConnectionLeases.Lease b = nodeB.claim(other).orElseThrow();
    nodeA.stop(); // killed: its lease stays in the table for its whole length

    ConnectionLeases restarted = node("node-a");
    restarted.takeBackOwnLeases();

    assertThat(table.find(user).orElseThrow().leaseOwner()).isNull();
    assertThat(restarted.claim(user)).isPresent();
    assertThat(table.find(other).orElseThrow().leaseOwner()).isEqualTo(b.owner());
    restarted.stop();
  }

  @Test
  void aNodeNamedAsAPrefixOfAnotherTakesBackOnlyItsOwn() {
    ConnectionLeases longer = node("node-a2");
    ConnectionLeases.Lease kept = longer.claim(user).orElseThrow();

    node("node-a").takeBackOwnLeases();

    assertThat(table.find(user).orElseThrow().leaseOwner()).isEqualTo(kept.owner());
    longer.stop();
  }

  @Test
  void onlyTheHolderRenewsOrEndsALease() {
    ConnectionLeases.Lease a = nodeA.claim(user).orElseThrow();
    clock.advance(LEASE);
    ConnectionLeases.Lease b = nodeB.claim(user).orElseThrow();
    assertThat(table.renew(user, a.owner(), clock.instant().plus(LEASE))).isFalse();
    nodeA.release(a);
    assertThat(table.find(user).orElseThrow().leaseOwner()).isEqualTo(b.owner());
    assertThat(table.renew(user, b.owner(), clock.instant().plus(LEASE))).isTrue();
  }

  @Test
  void finishingARunEndsTheLeaseAndRecordsTheNextRun() {
    ConnectionLeases.Lease a = nodeA.claim(user).orElseThrow();
    Instant end = clock.instant();
    NextRun next = new NextRun(end.plusSeconds(30), 1, end.plusSeconds(30), Duration.ofSeconds(30));
    table.finish(user, a.owner(), end, next, true);
    assertThat(table.find(user).orElseThrow())
        .isEqualTo(
            new ConnectionRow(user, null, null, end.plusSeconds(30), end.plusSeconds(30), 1, end));
    assertThat(nodeB.claim(user)).isPresent();
  }

  private ConnectionLeases node(String name) {
    return new ConnectionLeases(
        table, clock, LEASE, new NodeName(name, java.nio.file.Path.of("unused")));
  }
}
