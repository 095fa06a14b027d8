package com.tandem.server.account;

import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.ConflictException;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * System > Organizations > More Options > Microsoft users: who is linked to which Microsoft user,
 * and "Link every user by e-mail" in application mode.
 */
@Controller
class OrganizationLinksPage {

  private final OrganizationLinks links;
  private final LinkUsers linkUsers;

  OrganizationLinksPage(OrganizationLinks links, LinkUsers linkUsers) {
    this.links = links;
    this.linkUsers = linkUsers;
  }

  @GetMapping("/system/organizations/{orgId}/microsoft-users")
  String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long orgId, Model model) {
    model.addAttribute("organization", links.organization(user.actor(), orgId));
    model.addAttribute("rows", links.rows(user.actor(), orgId));
    model.addAttribute("applicationMode", links.applicationMode());
    return "account/links";
  }

  @PostMapping("/system/organizations/{orgId}/microsoft-users")
  String linkAll(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long orgId,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute("report", linkUsers.linkAllByEmail(user.actor(), orgId, locale));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("linkError", e.getMessage());
    }
    return "redirect:/system/organizations/" + orgId + "/microsoft-users";
  }
}
