package com.tandem.server.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.activity.tasks.TaskFields;
import com.tandem.server.activity.tasks.Tasks;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one user's task changes as sync reads the feed: the last seq first, then the changes up to
 * it, leaving out sync's own; shared by the feed's tests on H2 and on PostgreSQL.
 */
final class SyncStyleReads {

  private final ChangeFeed feed;
  private final long user;
  private final int limit;
  private long through;

  /** The seqs read so far, in order. */
  final List<Long> seen = new ArrayList<>();

  SyncStyleReads(ChangeFeed feed, long user, long after, int limit) {
    this.feed = feed;
    this.user = user;
    this.through = after;
    this.limit = limit;
  }

  /** Reads every task change by others up to the feed's last seq now. */
  void readMore() {
    long after = through;
    through = feed.lastSeq();
    List<Change> batch;
    do {
      batch = feed.readForUser(user, ChangeType.TASK, Origin.SYNC, after, through, limit);
      for (Change c : batch) {
        seen.add(c.seq());
        after = c.seq();
      }
    } while (batch.size() == limit);
  }

  /**
   * Checks that a read of one type without one origin up to a seq gives just those changes: a task
   * by the CRM, one by sync, an event, the seq read, and a later task.
   */
  static void checkFilters(ChangeFeed feed, Tasks tasks, CalendarEvents events, long user) {
    long start = feed.lastSeq();
    String mine = tasks.create(user, TaskFields.of("Mine"), Origin.CRM).id();
    tasks.create(user, TaskFields.of("Synced"), Origin.SYNC);
    events.create(
        user,
        CalendarEventFields.of(
            "Meeting",
            LocalDateTime.parse("2026-11-23T09:00"),
            LocalDateTime.parse("2026-11-23T10:00"),
            ZoneId.of("Europe/Berlin")),
        Origin.CRM);
    long through = feed.lastSeq();
    String later = tasks.create(user, TaskFields.of("Later"), Origin.CRM).id();

    assertThat(through).isEqualTo(start + 3);
    assertThat(feed.readForUser(user, ChangeType.TASK, Origin.SYNC, start, through, 10))
        .extracting(Change::id)
        .containsExactly(mine);
    assertThat(feed.readForUser(user, ChangeType.TASK, Origin.SYNC, start, feed.lastSeq(), 10))
        .extracting(Change::id)
        .containsExactly(mine, later);
    assertThat(feed.readForUser(user, ChangeType.TASK, Origin.CRM, start, through, 10))
        .extracting(Change::origin)
        .containsExactly(Origin.SYNC);
  }
}
