package com.tandem.server.sync.store;

import com.tandem.server.sync.RunCounts;
import java.time.Instant;
import java.util.List;

/** What the sync tables hold, as the pages and the API read it (others write the tables). */
public final class SyncRecords {

  private SyncRecords() {}

  /** A recorded run; {@code finishedAt} and {@code outcome} are null while it goes on. */
  public record Run(
      long id,
      long userId,
      String resource,
      String trigger,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      RunCounts counts,
      Long retryAfterSeconds,
      String message) {}

  /** One line of a run's item log. */
  public record Item(
      long id,
      String action,
      String target,
      String crmId,
      String microsoftId,
      String title,
      String detail,
      Instant at) {}

  /** A conflict with both versions and the result as JSON text (each may be null). */
  public record Conflict(
      long id,
      String resource,
      Long runId,
      String crmId,
      String microsoftId,
      String title,
      String rule,
      String decision,
      String crmFields,
      String microsoftFields,
      String resultFields,
      Instant decidedAt) {}

  /** Deletions a run held back, the deleted items as JSON text. */
  public record Hold(
      long id,
      long userId,
      String resource,
      Long runId,
      String side,
      int linkedItems,
      int itemCount,
      String status,
      Instant createdAt,
      Long decidedBy,
      Instant decidedAt,
      String deletions) {

    /** True while it waits for a decision. */
    public boolean waiting() {
      return "WAITING".equals(status);
    }
  }

  /** The scheduler's row of a connection. */
  public record Connection(Instant nextRunAt, Instant throttledUntil, Instant leaseUntil) {

    static final Connection NONE = new Connection(null, null, null);
  }

  /** Where one resource of a connection stands, as the last run left it. */
  public record Resource(String resource, String state, Long lastRunId, String problem) {}

  /** A user of an organization, for the overview. */
  public record Member(long id, String username, String displayName) {}

  /**
   * A page of a list.
   *
   * @param items at most {@code limit} items
   * @param offset how many were skipped
   * @param limit the page size asked for
   * @param hasMore whether more follow
   */
  public record Page<T>(List<T> items, int offset, int limit, boolean hasMore) {

    /** The page of up to {@code limit + 1} items read: the extra one only tells more follow. */
    static <T> Page<T> of(List<T> read, int offset, int limit) {
      return new Page<>(
          List.copyOf(read.subList(0, Math.min(limit, read.size()))),
          offset,
          limit,
          read.size() > limit);
    }
  }
}
