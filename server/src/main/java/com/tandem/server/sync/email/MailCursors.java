package com.tandem.server.sync.email;

import com.tandem.server.email.MailboxRef;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each folder of each synced mailbox stands: its delta link and what is left to backfill. */
@Repository
class MailCursors {

  /**
   * One folder's place.
   *
   * @param deltaLink where the next round goes on, or null before the first round ended
   * @param since how far back the first import reaches
   * @param backfillUntil the messages received in {@code [since, backfillUntil)} still to list (a
   *     first round Graph cut at 5,000), or null when there are none
   */
  record Cursor(String deltaLink, Instant since, Instant backfillUntil) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  MailCursors(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Cursor> find(MailboxRef mailbox, String folderId) {
    return jdbc.sql(
            "SELECT delta_link, since, backfill_until FROM mail_folder_cursors"
                + " WHERE mailbox_kind = ? AND mailbox_id = ? AND folder_id = ?")
        .params(mailbox.kind().name(), mailbox.id(), folderId)
        .query(
            (rs, n) ->
                new Cursor(
                    rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getObject(3, OffsetDateTime.class) == null
                        ? null
                        : rs.getObject(3, OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** Stores the folder's place (after a round, or after a backfill window). */
  void save(MailboxRef mailbox, String folderId, Cursor cursor) {
    int updated =
        jdbc.sql(
                "UPDATE mail_folder_cursors SET delta_link = ?, since = ?, backfill_until = ?,"
                    + " updated_at = ? WHERE mailbox_kind = ? AND mailbox_id = ? AND folder_id = ?")
            .params(
                cursor.deltaLink(),
                utc(cursor.since()),
                utc(cursor.backfillUntil()),
                utc(clock.instant()),
                mailbox.kind().name(),
                mailbox.id(),
                folderId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO mail_folder_cursors (mailbox_kind, mailbox_id, folder_id, delta_link,"
                  + " since, backfill_until, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(
              mailbox.kind().name(),
              mailbox.id(),
              folderId,
              cursor.deltaLink(),
              utc(cursor.since()),
              utc(cursor.backfillUntil()),
              utc(clock.instant()))
          .update();
    }
  }

  /** Forgets the folder's place (an expired delta link): the next round starts it anew. */
  void forget(MailboxRef mailbox, String folderId) {
    jdbc.sql(
            "DELETE FROM mail_folder_cursors WHERE mailbox_kind = ? AND mailbox_id = ?"
                + " AND folder_id = ?")
        .params(mailbox.kind().name(), mailbox.id(), folderId)
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
