package com.tandem.server.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Makes every committed change durable before Tandem acts on it or answers for it. The embedded H2
 * keeps commits in memory for up to half a second and writes them together (so that sync, which
 * commits often, stays fast); {@link #now()} writes them to the file at once: before an answer to a
 * request that changed something, before Microsoft is asked to create a copy whose intent was just
 * recorded, and after a rotated refresh token was stored. A killed process then loses nothing it
 * acknowledged, and H2's recovery always returns to a point in commit order, so sync's own later
 * writes that were lost are simply done again. On PostgreSQL every commit is durable: this does
 * nothing there.
 */
@Component
public class Durability {

  private static final Logger log = LoggerFactory.getLogger(Durability.class);

  private final DataSource dataSource;
  private final boolean embedded;

  public Durability(DataSource dataSource) {
    this.dataSource = dataSource;
    this.embedded = isH2(dataSource);
  }

  /**
   * Writes everything committed so far to the database file; a no-op where commits are durable
   * anyway. Uses a connection of its own, so that a caller's open transaction stays open.
   */
  public void now() {
    if (!embedded) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("could not write the database file", e);
    }
  }

  private static boolean isH2(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      log.warn(
          "Could not tell the database's kind ({}); commits are flushed explicitly", e.toString());
      return true;
    }
  }
}
