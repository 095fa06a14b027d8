package com.tandem.server.directory;

import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.IfMatch;
import com.tandem.server.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System > User Management > Organizations: the list, and the create and edit forms. */
@Controller
@RequestMapping("/system/organizations")
class OrganizationPages {

  private final ManageOrganizations organizations;

  OrganizationPages(ManageOrganizations organizations) {
    this.organizations = organizations;
  }

  @GetMapping
  String list(@AuthenticationPrincipal SignedInUser user, Model model) {
    Actor actor = administrator(user);
    model.addAttribute("organizations", organizations.list(actor));
    return "directory/organizations";
  }

  @GetMapping("/new")
  String createForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    if (!administrator(user).isSystemAdmin()) {
      throw new ForbiddenException("Only a system administrator may create organizations.");
    }
    model.addAttribute("form", new OrganizationInput(""));
    return "directory/organization-form";
  }

  @PostMapping("/new")
  String create(
      @AuthenticationPrincipal SignedInUser user,
      @ModelAttribute("form") OrganizationInput form,
      Model model,
      RedirectAttributes redirect) {
    try {
      Organization created = organizations.create(administrator(user), form);
      redirect.addFlashAttribute("saved", created.name());
      return "redirect:/system/organizations";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return "directory/organization-form";
    }
  }

  @GetMapping("/{id}/edit")
  String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
    Organization organization = organizations.get(administrator(user), id);
    model.addAttribute("organization", organization);
    model.addAttribute("form", new OrganizationInput(organization.name()));
    return "directory/organization-form";
  }

  @PostMapping("/{id}/edit")
  String edit(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      @ModelAttribute("form") OrganizationInput form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = administrator(user);
    try {
      Organization saved = organizations.update(actor, id, form, IfMatch.any());
      redirect.addFlashAttribute("saved", saved.name());
      return "redirect:/system/organizations";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("organization", organizations.get(actor, id));
      model.addAttribute("errors", FormErrors.of(e));
      return "directory/organization-form";
    }
  }

  @PostMapping("/{id}/delete")
  String delete(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      RedirectAttributes redirect) {
    Actor actor = administrator(user);
    Organization organization = organizations.get(actor, id);
    try {
      organizations.delete(actor, id, IfMatch.any());
      redirect.addFlashAttribute("deleted", organization.name());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("failed", e.getMessage());
    }
    return "redirect:/system/organizations";
  }

  /** The back office's System menu is for administrators only. */
  static Actor administrator(SignedInUser user) {
    Actor actor = user.actor();
    if (!actor.isAdministrator()) {
      throw new ForbiddenException("Only administrators may open the System pages.");
    }
    return actor;
  }
}
