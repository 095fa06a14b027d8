package com.tandem.server.account;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.InvalidInputException;
import com.tandem.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The browser side of a connection: Connect (in a popup), the Redirect URI, and the Check
 * Connection and Disconnect buttons of the Microsoft Account section.
 */
@Controller
class ConnectPages {

  private final AccountAccess access;
  private final ConnectFlow flow;
  private final ConnectionCheck check;
  private final Disconnect disconnect;
  private final LinkUsers linkUsers;

  ConnectPages(
      AccountAccess access,
      ConnectFlow flow,
      ConnectionCheck check,
      Disconnect disconnect,
      LinkUsers linkUsers) {
    this.linkUsers = linkUsers;
    this.access = access;
    this.flow = flow;
    this.check = check;
    this.disconnect = disconnect;
  }

  @GetMapping("/connect/microsoft")
  String connect(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(required = false) Long userId,
      Model model,
      HttpServletResponse response) {
    Actor actor = user.actor();
    long target = userId == null ? actor.userId() : userId;
    try {
      return "redirect:" + flow.start(actor, target);
    } catch (ConnectFlow.ConnectRefused e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return popup(model, ConnectFlow.Outcome.failed(target, e.key(), null));
    }
  }

  @GetMapping(AzureApplications.CALLBACK_PATH)
  String callback(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String error,
      @RequestParam(name = "error_description", required = false) String description,
      Model model,
      HttpServletResponse response) {
    ConnectFlow.Outcome outcome = flow.complete(user.actor(), state, code, error, description);
    if (!outcome.ok()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    return popup(model, outcome);
  }

  @PostMapping("/connect/microsoft/check")
  String check(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam long userId,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = user.actor();
    access.manage(actor, userId);
    redirect.addFlashAttribute("microsoftCheck", check.check(userId, locale));
    return "redirect:" + MicrosoftAccountPanel.settingsPage(actor, userId);
  }

  @PostMapping("/connect/microsoft/disconnect")
  String disconnect(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam long userId,
      RedirectAttributes redirect) {
    Actor actor = user.actor();
    access.manage(actor, userId);
    disconnect.disconnect(actor, userId);
    redirect.addFlashAttribute("microsoftDisconnected", true);
    return "redirect:" + MicrosoftAccountPanel.settingsPage(actor, userId);
  }

  @ExceptionHandler({NotFoundException.class, ForbiddenException.class})
  String refused(RuntimeException e, Model model, HttpServletResponse response) {
    response.setStatus(
        e instanceof NotFoundException
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_FORBIDDEN);
    return popup(model, ConnectFlow.Outcome.failed(0, "account.connect.notAllowed", null));
  }

  @PostMapping("/connect/microsoft/link")
  String link(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam long userId,
      @RequestParam(required = false) String microsoftUser,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = user.actor();
    try {
      UserLink link = linkUsers.link(actor, userId, microsoftUser, locale);
      redirect.addFlashAttribute("microsoftLinked", link.microsoftUser());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("microsoftLinkError", e.problems().get(0).message());
    } catch (ConflictException | ForbiddenException e) {
      redirect.addFlashAttribute("microsoftLinkError", e.getMessage());
    }
    return "redirect:" + MicrosoftAccountPanel.settingsPage(actor, userId);
  }

  private static String popup(Model model, ConnectFlow.Outcome outcome) {
    model.addAttribute("ok", outcome.ok());
    model.addAttribute("accountName", outcome.accountName());
    model.addAttribute("problem", outcome.problem());
    model.addAttribute("detail", outcome.detail());
    return "account/connected";
  }
}
