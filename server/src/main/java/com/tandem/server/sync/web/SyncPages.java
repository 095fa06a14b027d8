package com.tandem.server.sync.web;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.sync.RunReport;
import com.tandem.server.sync.store.JdbcSyncReads;
import com.tandem.server.sync.store.SyncRecords;
import com.tandem.server.web.ConflictException;
import com.tandem.server.web.InvalidInputException;
import com.tandem.server.web.NotFoundException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office pages of sync: Sync now, a user's run history with each run's item log, the
 * conflicts, the held deletions, and an administrator's overview of an organization.
 */
@Controller
class SyncPages {

  private static final int PAGE_SIZE = 25;

  private final SyncAccess access;
  private final SyncActions actions;
  private final SyncStatuses statuses;
  private final JdbcSyncReads reads;
  private final SyncText text;
  private final SyncViews views;

  SyncPages(
      SyncAccess access,
      SyncActions actions,
      SyncStatuses statuses,
      JdbcSyncReads reads,
      SyncText text,
      SyncViews views) {
    this.access = access;
    this.actions = actions;
    this.statuses = statuses;
    this.reads = reads;
    this.text = text;
    this.views = views;
  }

  @PostMapping("/users/{userId}/sync/now")
  String syncNow(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestParam(required = false) String resource,
      @RequestParam(defaultValue = "false") boolean dryRun,
      RedirectAttributes redirect) {
    Actor actor = user.actor();
    access.user(actor, userId);
    try {
      List<RunReport> reports =
          actions.syncNow(actor, userId, SyncRequests.resources(resource), dryRun);
      List<String> lines = reports.stream().map(text::report).toList();
      redirect.addFlashAttribute("syncNowLines", lines);
      if (dryRun) {
        redirect.addFlashAttribute("preview", true);
        redirect.addFlashAttribute(
            "previewActions",
            reports.stream()
                .flatMap(r -> r.actions().stream().map(a -> text.planned(r.resource(), a)))
                .toList());
      }
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("syncNowError", "sync.now.badResource");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("syncNowError", "sync.now.busy");
    } catch (ResponseStatusException e) {
      redirect.addFlashAttribute("syncNowError", "sync.now.unavailable");
    }
    return "redirect:" + settingsPage(actor, userId);
  }

  @GetMapping("/users/{userId}/sync/runs")
  String runs(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestParam(defaultValue = "0") int offset,
      Model model) {
    Directory.UserRef subject = subject(user.actor(), userId, model);
    offset = Math.max(0, offset);
    var page = reads.runs(subject.id(), null, offset, PAGE_SIZE);
    model.addAttribute("runs", page.items());
    model.addAttribute("previous", offset > 0 ? Math.max(0, offset - PAGE_SIZE) : null);
    model.addAttribute("next", page.hasMore() ? offset + PAGE_SIZE : null);
    return "sync/runs";
  }

  @GetMapping("/users/{userId}/sync/runs/{runId}")
  String run(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable long runId,
      Model model) {
    Directory.UserRef subject = subject(user.actor(), userId, model);
    SyncRecords.Run run =
        reads
            .run(subject.id(), runId)
            .orElseThrow(() -> new NotFoundException("No run " + runId + "."));
    model.addAttribute("run", run);
    model.addAttribute("items", reads.items(runId));
    return "sync/run";
  }

  @GetMapping("/users/{userId}/sync/conflicts")
  String conflicts(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestParam(defaultValue = "0") int offset,
      Model model) {
    Directory.UserRef subject = subject(user.actor(), userId, model);
    offset = Math.max(0, offset);
    var page = reads.conflicts(subject.id(), offset, PAGE_SIZE);
    model.addAttribute("conflicts", page.items().stream().map(views::conflict).toList());
    model.addAttribute("previous", offset > 0 ? Math.max(0, offset - PAGE_SIZE) : null);
    model.addAttribute("next", page.hasMore() ? offset + PAGE_SIZE : null);
    return "sync/conflicts";
  }

  @GetMapping("/users/{userId}/sync/pending-deletions")
  String holds(@AuthenticationPrincipal SignedInUser user, @PathVariable long userId, Model model) {
    Actor actor = user.actor();
    Directory.UserRef subject = subject(actor, userId, model);
    model.addAttribute("holds", reads.holds(subject.id()).stream().map(views::hold).toList());
    model.addAttribute("mayDecide", access.mayDecide(actor, subject));
    return "sync/holds";
  }

  @PostMapping("/users/{userId}/sync/pending-deletions/{holdId}/approve")
  String approve(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable long holdId,
      RedirectAttributes redirect) {
    return decide(user.actor(), userId, holdId, true, redirect);
  }

  @PostMapping("/users/{userId}/sync/pending-deletions/{holdId}/discard")
  String discard(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable long holdId,
      RedirectAttributes redirect) {
    return decide(user.actor(), userId, holdId, false, redirect);
  }

  @GetMapping("/system/organizations/{orgId}/sync")
  String overview(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long orgId, Model model) {
    Directory.OrganizationRef org = access.organization(user.actor(), orgId);
    model.addAttribute("organization", org);
    model.addAttribute(
        "rows",
        reads.members(org.id()).stream()
            .map(
                m -> new SyncViews.OverviewRow(m, statuses.of(m.id()), reads.conflictCount(m.id())))
            .toList());
    return "sync/overview";
  }

  private String decide(
      Actor actor, long userId, long holdId, boolean approve, RedirectAttributes redirect) {
    try {
      actions.decide(actor, userId, holdId, approve);
      redirect.addFlashAttribute(
          "decided", approve ? "sync.holds.approved" : "sync.holds.discarded");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("decisionError", "sync.holds.alreadyDecided");
    } catch (ResponseStatusException e) {
      redirect.addFlashAttribute("decisionError", "sync.now.unavailable");
    }
    return "redirect:/users/" + userId + "/sync/pending-deletions";
  }

  private Directory.UserRef subject(Actor actor, long userId, Model model) {
    Directory.UserRef subject = access.user(actor, userId);
    model.addAttribute("subject", subject);
    model.addAttribute("settingsPage", settingsPage(actor, userId));
    return subject;
  }

  /** The Microsoft Settings page of a user, as {@code actor} reaches it. */
  static String settingsPage(Actor actor, long userId) {
    return userId == actor.userId()
        ? "/my/configuration/integrations/microsoft"
        : "/system/users/" + userId + "/configuration/integrations/microsoft";
  }
}
