package com.tandem.server.settings;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.directory.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Configuration pages that "More Options → Configuration" opens: the left menu (System
 * Configuration › Integrations › Microsoft Settings) for the system, an organization or a user.
 */
@Controller
class ConfigurationPages {

  private final SettingsAccess access;
  private final Directory directory;

  ConfigurationPages(SettingsAccess access, Directory directory) {
    this.access = access;
    this.directory = directory;
  }

  @GetMapping("/system/configuration")
  String system(@AuthenticationPrincipal SignedInUser user, Model model) {
    access.system(user.actor());
    return page(MicrosoftSettingsPages.SYSTEM, null, model);
  }

  @GetMapping("/system/organizations/{id}/configuration")
  String organization(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
    access.organization(user.actor(), id);
    String name = directory.organization(id).map(Directory.OrganizationRef::name).orElse(null);
    return page(
        MicrosoftSettingsPages.ORGANIZATION.replace("{id}", Long.toString(id)), name, model);
  }

  @GetMapping("/system/users/{id}/configuration")
  String user(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
    access.user(user.actor(), id);
    String name = directory.user(id).map(Directory.UserRef::displayName).orElse(null);
    return page(MicrosoftSettingsPages.USER.replace("{id}", Long.toString(id)), name, model);
  }

  @GetMapping("/my/configuration")
  String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
    Actor actor = user.actor();
    access.user(actor, actor.userId());
    return page(MicrosoftSettingsPages.MINE, null, model);
  }

  private static String page(String microsoft, String subject, Model model) {
    model.addAttribute("microsoft", microsoft);
    model.addAttribute("subject", subject);
    return "settings/configuration";
  }
}
