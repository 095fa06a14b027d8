package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.SyncPolicy;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.graph.GraphClient;
import com.tandem.graph.GraphEndpoints;
import com.tandem.graph.Mailbox;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.RunRequest;
import com.tandem.server.sync.RunTrigger;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.SyncState;
import com.tandem.server.sync.resource.SyncWindow;
import com.tandem.server.sync.resource.SyncedResource;
import com.tandem.server.sync.store.JdbcConflicts;
import com.tandem.server.sync.store.JdbcDeletionHolds;
import com.tandem.server.sync.store.JdbcLinks;
import com.tandem.server.sync.store.JdbcResourceCursors;
import com.tandem.server.sync.store.JdbcRunLog;
import com.tandem.server.sync.store.ResourceCursor;
import com.tandem.server.sync.store.SyncTables;
import com.tandem.server.sync.tasks.TaskResource;
import com.tandem.server.testing.TestClock;
import com.tandem.server.testing.TestDirectory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A run loop over the real sync tables (H2) with a CRM and a To Do list in memory: what the unit
 * tests of runs drive.
 */
public final class MemorySides {

  static final long USER = 0;

  final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  final MemoryCrm crm = new MemoryCrm(clock);
  final MemoryMicrosoft microsoft = new MemoryMicrosoft(clock);

  /** Tasks whose two sides live in memory. */
  public final SyncedResource<TaskFields> resource = new TaskResource(crm, microsoft);

  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final JdbcClient jdbc;
  private final JdbcTemplate batch;
  final JdbcResourceCursors cursors;
  final JdbcDeletionHolds holds;
  final long userId;
  private final ResourceRunner runner;
  private final DataSourceTransactionManager transactions;
  SyncPolicy policy = SyncPolicy.defaults();
  com.tandem.server.account.ConnectionStatus accountState =
      com.tandem.server.account.ConnectionStatus.CONNECTED;

  public MemorySides() {
    SimpleDriverDataSource data =
        new SimpleDriverDataSource(
            new org.h2.Driver(),
            "jdbc:h2:mem:sync-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(data).load().migrate();
    jdbc = JdbcClient.create(data);
    batch = new JdbcTemplate(data);
    TestDirectory directory = new TestDirectory(jdbc);
    userId = directory.user("sync", "sync-secret", directory.organization("Sync"), "USER");
    cursors = new JdbcResourceCursors(jdbc, clock);
    holds = new JdbcDeletionHolds(jdbc, clock);
    transactions = new DataSourceTransactionManager(data);
    runner =
        new ResourceRunner(
            new SyncTables(
                data,
                transactions,
                new com.tandem.server.database.Durability(data),
                cursors,
                new JdbcRunLog(jdbc, batch, clock),
                new JdbcConflicts(jdbc),
                holds),
            transactions,
            crm,
            meters,
            clock,
            user -> accountState);
  }

  RunReport run() {
    return run(false);
  }

  RunReport dryRun() {
    return run(true);
  }

  private RunReport run(boolean dryRun) {
    RunRequest request = new RunRequest(userId, SyncResource.TASKS, RunTrigger.SCHEDULE, dryRun);
    if (runner.waitingForApproval(userId, SyncResource.TASKS)) {
      return runner.notRun(
          request,
          RunOutcome.WAITING_FOR_APPROVAL,
          SyncState.WAITING_FOR_APPROVAL,
          "deletions wait for approval");
    }
    GraphClient graph =
        GraphClient.builder(GraphEndpoints.global("tenant"), mailbox -> "token").build();
    Instant now = clock.instant();
    return runner.run(
        new RunContext<TaskFields>(
            request,
            resource,
            policy,
            new SyncWindow(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30))),
            cursors.findOrNew(userId, SyncResource.TASKS),
            microsoft,
            null,
            () -> microsoft.target(graph, Mailbox.me("user:" + userId))));
  }

  ResourceCursor cursor() {
    return cursors.findOrNew(userId, SyncResource.TASKS);
  }

  int links() {
    return new JdbcLinks<TaskFields>(
            jdbc,
            batch,
            new org.springframework.transaction.support.TransactionTemplate(transactions),
            () -> {},
            userId,
            resource)
        .count();
  }

  List<String> strings(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(String.class).list();
  }

  int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }
}
