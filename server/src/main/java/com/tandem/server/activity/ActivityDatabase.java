package com.tandem.server.activity;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the activity stores write with: the database, transactions, the change feed, the clock. */
@Component
public class ActivityDatabase {

  final JdbcClient jdbc;
  final JdbcTemplate batch;
  final TransactionTemplate tx;
  final ChangeFeed feed;
  public final Clock clock;

  ActivityDatabase(
      JdbcClient jdbc,
      JdbcTemplate batch,
      PlatformTransactionManager transactions,
      ChangeFeed feed,
      Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.tx = new TransactionTemplate(transactions);
    this.feed = feed;
    this.clock = clock;
  }
}
