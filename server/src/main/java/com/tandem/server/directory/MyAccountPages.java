package com.tandem.server.directory;

import com.tandem.server.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My Account: one's own profile, password and personal access tokens. */
@Controller
@RequestMapping("/my/account")
class MyAccountPages {

  private final ManageUsers users;
  private final ManageTokens tokens;

  MyAccountPages(ManageUsers users, ManageTokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @GetMapping
  String show(@AuthenticationPrincipal SignedInUser user, Model model) {
    return page(user.actor(), model);
  }

  @PostMapping("/password")
  String changePassword(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(required = false) String currentPassword,
      @RequestParam(required = false) String newPassword,
      @RequestParam(required = false) String repeatPassword,
      Model model,
      RedirectAttributes redirect) {
    try {
      users.changeOwnPassword(user.actor(), currentPassword, newPassword, repeatPassword);
      redirect.addFlashAttribute("passwordChanged", true);
      return "redirect:/my/account";
    } catch (InvalidInputException e) {
      model.addAttribute("passwordErrors", FormErrors.of(e));
      return page(user.actor(), model);
    }
  }

  @PostMapping("/tokens")
  String createToken(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(required = false) String name,
      Model model,
      RedirectAttributes redirect) {
    try {
      JdbcPersonalAccessTokens.NewToken created =
          tokens.create(user.actor(), user.actor().userId(), name);
      redirect.addFlashAttribute("newToken", created);
      return "redirect:/my/account";
    } catch (InvalidInputException e) {
      model.addAttribute("tokenErrors", FormErrors.of(e));
      return page(user.actor(), model);
    }
  }

  @PostMapping("/tokens/{tokenId}/revoke")
  String revokeToken(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long tokenId,
      RedirectAttributes redirect) {
    tokens.revoke(user.actor(), user.actor().userId(), tokenId);
    redirect.addFlashAttribute("tokenRevoked", true);
    return "redirect:/my/account";
  }

  private String page(Actor actor, Model model) {
    model.addAttribute("account", users.get(actor, actor.userId()));
    model.addAttribute("tokens", tokens.list(actor, actor.userId()));
    return "directory/account";
  }
}
