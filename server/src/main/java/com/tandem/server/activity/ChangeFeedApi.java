package com.tandem.server.activity;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.SignedInUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed over REST: a system administrator reads every change, an organization
 * administrator those of their organization's users and contacts, anyone else their own and their
 * organization's contacts.
 */
@RestController
class ChangeFeedApi {

  /** The most changes one call returns. */
  static final int MAX_LIMIT = 1000;

  private final ChangeFeed feed;
  private final ProblemMessages messages;

  ChangeFeedApi(ChangeFeed feed, ProblemMessages messages) {
    this.feed = feed;
    this.messages = messages;
  }

  /** One page of the feed and the cursor to pass as {@code after} next time. */
  record FeedPage(List<Entry> changes, long next) {}

  /** A change as the API shows it; {@code userId} is null for an organization's item. */
  record Entry(
      long seq,
      ChangeType type,
      String id,
      Long userId,
      long organizationId,
      ChangeOp op,
      Origin origin,
      String at) {}

  @GetMapping("/api/v1/changes")
  FeedPage changes(
      @AuthenticationPrincipal SignedInUser me,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "100") int limit) {
    if (after < 0) {
      throw messages.invalidParameter("after", "notNegative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw messages.invalidParameter("limit", "outOfRange", 1, MAX_LIMIT);
    }
    Actor actor = me.actor();
    List<Change> changes;
    if (actor.isSystemAdmin()) {
      changes = feed.read(after, limit);
    } else if (actor.isAdministrator()) {
      changes = feed.readForOrganization(actor.organizationId(), after, limit);
    } else {
      changes = feed.readForUser(actor.userId(), after, limit);
    }
    long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).seq();
    return new FeedPage(
        changes.stream()
            .map(
                c ->
                    new Entry(
                        c.seq(),
                        c.type(),
                        c.id(),
                        c.userId(),
                        c.organizationId(),
                        c.op(),
                        c.origin(),
                        c.at().toString()))
            .toList(),
        next);
  }
}
