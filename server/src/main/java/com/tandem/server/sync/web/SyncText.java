package com.tandem.server.sync.web;

import com.tandem.server.sync.PlannedAction;
import com.tandem.server.sync.RunCounts;
import com.tandem.server.sync.RunOutcome;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.SyncResource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for what the runs recorded, from {@code i18n/sync.properties}; templates call it as {@code
 * @syncText}.
 */
@Component("syncText")
public class SyncText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final MessageSource messages;

  SyncText(MessageSource messages) {
    this.messages = messages;
  }

  /** A moment for people, or the word for "none" when null. */
  public String when(Instant at) {
    return at == null ? text("sync.none") : WHEN.format(at);
  }

  /** What a run did in each direction, e.g. "1 created in Microsoft, 2 updated in Tandem". */
  public String counts(RunCounts c) {
    List<String> parts = new ArrayList<>();
    add(parts, c.createdInMicrosoft(), "sync.count.createdInMicrosoft");
    add(parts, c.updatedInMicrosoft(), "sync.count.updatedInMicrosoft");
    add(parts, c.deletedInMicrosoft(), "sync.count.deletedInMicrosoft");
    add(parts, c.createdInCrm(), "sync.count.createdInCrm");
    add(parts, c.updatedInCrm(), "sync.count.updatedInCrm");
    add(parts, c.deletedInCrm(), "sync.count.deletedInCrm");
    add(parts, c.conflicts(), "sync.count.conflicts");
    add(parts, c.skipped(), "sync.count.skipped");
    add(parts, c.held(), "sync.count.held");
    return parts.isEmpty() ? text("sync.count.none") : String.join(", ", parts);
  }

  /** One line of Sync now's answer: the resource, how it ended and what it did. */
  public String report(RunReport r) {
    String line =
        text("sync.report.line", resource(r.resource().name()), outcome(r.outcome().name()));
    line = line + ": " + counts(r.counts());
    return r.message() == null || r.outcome() == RunOutcome.SUCCEEDED
        ? line
        : line + " (" + r.message() + ")";
  }

  /** One planned action of a dry run, e.g. "Calendar: create in Microsoft: Demo". */
  public String planned(SyncResource resource, PlannedAction action) {
    String what =
        text(
            "sync.planned." + action.action(),
            action.target() == null ? "" : text("sync.planned.target." + action.target()));
    String line =
        text(
            "sync.planned.line",
            resource(resource.name()),
            what,
            action.title() == null ? "-" : action.title());
    return action.detail() == null ? line : line + " (" + action.detail() + ")";
  }

  /** A resource's name (CALENDAR, TASKS, EMAIL). */
  public String resource(String name) {
    return text("sync.resource." + name);
  }

  /** A run's outcome, or "running" when null. */
  public String outcome(String name) {
    return text(name == null ? "sync.outcome.RUNNING" : "sync.outcome." + name);
  }

  private void add(List<String> parts, int count, String key) {
    if (count > 0) {
      parts.add(text(key, count));
    }
  }

  private String text(String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, args, key, locale);
  }
}
