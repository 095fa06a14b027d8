package com.tandem.server.sync.web;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.sync.store.JdbcSyncReads;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What the Synchronization section of a user's Microsoft Settings page shows; the template {@code
 * sync/panel.html} reads it as {@code @syncPanel}.
 */
@Component("syncPanel")
public class SyncPanel {

  private static final Pattern USER_PAGE = Pattern.compile("^/system/users/(\\d+)/.*");
  private static final Pattern ORGANIZATION_PAGE =
      Pattern.compile("^/system/organizations/(\\d+)/.*");

  /**
   * The section's content.
   *
   * @param userId whose connection it is
   * @param resources each resource's status (calendar, tasks, email)
   * @param conflicts how many conflicts were recorded
   * @param waitingHolds how many held deletions wait for a decision
   */
  public record View(
      long userId, List<ResourceStatus> resources, long conflicts, int waitingHolds) {}

  private final SyncAccess access;
  private final SyncStatuses statuses;
  private final JdbcSyncReads reads;

  SyncPanel(SyncAccess access, SyncStatuses statuses, JdbcSyncReads reads) {
    this.access = access;
    this.statuses = statuses;
    this.reads = reads;
  }

  /** The section for the settings page at {@code pagePath}, seen by {@code me}. */
  public View view(String pagePath, Actor me) {
    Matcher m = USER_PAGE.matcher(pagePath == null ? "" : pagePath);
    long userId = m.matches() ? Long.parseLong(m.group(1)) : me.userId();
    Directory.UserRef user = access.user(me, userId);
    List<ResourceStatus> resources = statuses.of(user.id());
    int waiting = resources.stream().mapToInt(ResourceStatus::waitingHolds).sum();
    return new View(user.id(), resources, reads.conflictCount(user.id()), waiting);
  }

  /** The organization whose configuration page is at {@code pagePath}, or null. */
  public Long organizationOf(String pagePath) {
    Matcher m = ORGANIZATION_PAGE.matcher(pagePath == null ? "" : pagePath);
    return m.matches() ? Long.valueOf(m.group(1)) : null;
  }
}
