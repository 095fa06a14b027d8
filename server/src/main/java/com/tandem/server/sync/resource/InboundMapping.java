package com.tandem.server.sync.resource;

import com.tandem.engine.fields.UnknownTimeZoneException;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.server.activity.ActivityProblem;
import com.tandem.server.activity.InvalidActivityException;
import java.time.DateTimeException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * Takes in one Microsoft item or says, for people to read, why it cannot be synced: an item Graph
 * returns with missing or unexpected fields, an unknown time zone, an end before its start or a
 * title the CRM cannot keep is skipped and logged (one line, no stack trace), never the end of a
 * run.
 *
 * @param <F> the kind of item
 */
public final class InboundMapping<F extends SyncFields<F>> {

  /** How much of a skipped item's title is kept for logs and pages. */
  static final int SHOWN_TITLE = 80;

  private final Logger log;
  private final String kind;
  private final int maxTitle;

  /**
   * @param log where skipped items are reported
   * @param kind what the items are called in the log ("Outlook event")
   * @param maxTitle the longest title the CRM keeps: a longer one is a reason to skip
   */
  public InboundMapping(Logger log, String kind, int maxTitle) {
    this.log = log;
    this.kind = kind;
    this.maxTitle = maxTitle;
  }

  /** The outcome of taking in one item: its state, or why it was skipped. */
  public record Result<F extends SyncFields<F>>(ItemState<F> item, SkippedItem skipped) {}

  /**
   * Maps an item, checking its title first.
   *
   * @param id the item's id
   * @param title its title as Graph sent it, or null
   * @param mapping builds the item's state; throws on bad data
   */
  public Result<F> take(String id, String title, Supplier<ItemState<F>> mapping) {
    String reason;
    if (title != null && title.length() > maxTitle) {
      reason =
          "its title is "
              + title.length()
              + " characters long; the CRM keeps titles of at most "
              + maxTitle;
    } else {
      try {
        return new Result<>(mapping.get(), null);
      } catch (RuntimeException e) {
        reason = reason(e);
      }
    }
    SkippedItem skipped = new SkippedItem(id, shown(title), reason);
    log.warn("Skipped {} {} ({}): {}", kind, id, skipped.title(), reason);
    return new Result<>(null, skipped);
  }

  /**
   * Maps an item that a caller asked for by id; a bad one is an error naming the reason, since
   * saying it does not exist would read as a deletion.
   */
  public ItemState<F> require(String id, String title, Supplier<ItemState<F>> mapping) {
    Result<F> result = take(id, title, mapping);
    if (result.skipped() != null) {
      throw new IllegalArgumentException(
          kind + " " + id + " cannot be synced: " + result.skipped().reason());
    }
    return result.item();
  }

  /** A reason people can read for a mapping failure. */
  public static String reason(RuntimeException e) {
    if (e instanceof UnknownTimeZoneException) {
      return "its " + e.getMessage();
    }
    if (e instanceof InvalidActivityException invalid) {
      return "the CRM would not accept it: "
          + invalid.problems().stream()
              .map(InboundMapping::problem)
              .collect(Collectors.joining(", "));
    }
    if (e instanceof IllegalArgumentException
        || e instanceof NullPointerException
        || e instanceof DateTimeException) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    throw e;
  }

  private static String problem(ActivityProblem problem) {
    return problem.field()
        + " "
        + problem.code()
        + (problem.args().isEmpty() ? "" : " " + problem.args());
  }

  private static String shown(String title) {
    if (title == null || title.length() <= SHOWN_TITLE) {
      return title;
    }
    return title.substring(0, SHOWN_TITLE) + "…";
  }
}
