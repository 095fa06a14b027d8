package com.tandem.server.sync.calendar;

import com.tandem.graph.Mailbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The occurrences of series seen in each mailbox, in {@code sync_occurrences}. */
@Repository
class JdbcOccurrenceMasters implements OccurrenceMasters {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  JdbcOccurrenceMasters(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  @Override
  public void remember(Mailbox mailbox, Map<String, String> masterByOccurrence) {
    List<Object[]> rows = new ArrayList<>();
    masterByOccurrence.forEach(
        (occurrence, master) -> {
          if (occurrence != null && master != null) {
            rows.add(new Object[] {mailbox.connection(), occurrence, master});
          }
        });
    if (!rows.isEmpty()) {
      // An occurrence keeps its series for life: one seen before is left as it is.
      batch.batchUpdate(
          "INSERT INTO sync_occurrences (mailbox, occurrence_id, master_id) VALUES (?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          rows);
    }
  }

  @Override
  public Optional<String> masterOf(Mailbox mailbox, String occurrenceId) {
    return jdbc.sql(
            "SELECT master_id FROM sync_occurrences WHERE mailbox = ? AND occurrence_id = ?")
        .params(mailbox.connection(), occurrenceId)
        .query(String.class)
        .optional();
  }

  @Override
  public void forget(Mailbox mailbox, String masterId) {
    jdbc.sql("DELETE FROM sync_occurrences WHERE mailbox = ? AND master_id = ?")
        .params(mailbox.connection(), masterId)
        .update();
  }
}
