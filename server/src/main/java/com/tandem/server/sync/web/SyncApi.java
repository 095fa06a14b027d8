package com.tandem.server.sync.web;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.store.JdbcSyncReads;
import com.tandem.server.sync.store.SyncRecords;
import com.tandem.server.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/v1/users/{userId}/sync}: status, Sync now, run history, conflicts, held deletions.
 */
@RestController
@RequestMapping("/api/v1/users/{userId}/sync")
@Tag(name = "Synchronization", description = "A user's calendar and task sync with Microsoft 365")
class SyncApi {

  private final SyncAccess access;
  private final SyncStatuses statuses;
  private final SyncActions actions;
  private final JdbcSyncReads reads;
  private final ObjectMapper json;
  private final SyncViews views;

  SyncApi(
      SyncAccess access,
      SyncStatuses statuses,
      SyncActions actions,
      JdbcSyncReads reads,
      ObjectMapper json,
      SyncViews views) {
    this.views = views;
    this.access = access;
    this.statuses = statuses;
    this.actions = actions;
    this.reads = reads;
    this.json = json;
  }

  @GetMapping
  @Operation(summary = "Each resource's state, last run and next run (CALENDAR, TASKS, EMAIL)")
  Map<String, SyncJson.Status> status(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long userId) {
    access.user(user.actor(), userId);
    Map<String, SyncJson.Status> answer = new LinkedHashMap<>();
    for (ResourceStatus s : statuses.of(userId)) {
      answer.put(s.resource(), SyncJson.Status.of(s));
    }
    return answer;
  }

  @PostMapping
  @Operation(
      summary = "Sync now: every enabled resource, or ?resource=CALENDAR|TASKS",
      description = "With ?dryRun=true the planned actions are returned and nothing is applied.")
  SyncJson.Reports syncNow(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestParam(required = false) String resource,
      @RequestParam(required = false) String dryRun) {
    var resources = SyncRequests.resources(resource);
    boolean dry = SyncRequests.dryRun(dryRun);
    List<RunReport> reports = actions.syncNow(user.actor(), userId, resources, dry);
    return new SyncJson.Reports(reports.stream().map(SyncJson.Report::of).toList());
  }

  @GetMapping("/runs")
  @Operation(summary = "The run history, newest first ({items, offset, limit, hasMore})")
  SyncRecords.Page<SyncJson.Run> runs(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestParam(required = false) String resource,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    access.user(user.actor(), userId);
    var page =
        reads.runs(
            userId,
            SyncRequests.resourceFilter(resource),
            SyncRequests.offset(offset),
            SyncRequests.limit(limit));
    return new SyncRecords.Page<>(
        page.items().stream().map(r -> SyncJson.Run.of(r, null)).toList(),
        page.offset(),
        page.limit(),
        page.hasMore());
  }

  @GetMapping("/runs/{runId}")
  @Operation(summary = "One run with its item log")
  SyncJson.Run run(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable long runId) {
    access.user(user.actor(), userId);
    SyncRecords.Run run =
        reads.run(userId, runId).orElseThrow(() -> new NotFoundException("No run " + runId + "."));
    return SyncJson.Run.of(run, reads.items(runId));
  }

  @GetMapping("/conflicts")
  @Operation(summary = "Conflicts with both versions and the decision taken, newest first")
  SyncRecords.Page<SyncJson.Conflict> conflicts(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    access.user(user.actor(), userId);
    var page = reads.conflicts(userId, SyncRequests.offset(offset), SyncRequests.limit(limit));
    return new SyncRecords.Page<>(
        page.items().stream().map(c -> SyncJson.Conflict.of(c, json)).toList(),
        page.offset(),
        page.limit(),
        page.hasMore());
  }

  @GetMapping("/pending-deletions")
  @Operation(summary = "Deletions held back for approval (waiting and decided), newest first")
  List<SyncJson.Hold> holds(@AuthenticationPrincipal SignedInUser user, @PathVariable long userId) {
    access.user(user.actor(), userId);
    return reads.holds(userId).stream().map(h -> SyncJson.Hold.of(views.hold(h))).toList();
  }

  @PostMapping("/pending-deletions/{holdId}/approve")
  @Operation(summary = "Let held deletions go ahead at the next run (administrators)")
  SyncJson.Hold approve(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable long holdId) {
    return decide(user.actor(), userId, holdId, true);
  }

  @PostMapping("/pending-deletions/{holdId}/discard")
  @Operation(summary = "Keep the items instead of deleting them (administrators)")
  SyncJson.Hold discard(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable long holdId) {
    return decide(user.actor(), userId, holdId, false);
  }

  private SyncJson.Hold decide(Actor actor, long userId, long holdId, boolean approve) {
    return SyncJson.Hold.of(views.hold(actions.decide(actor, userId, holdId, approve)));
  }
}
