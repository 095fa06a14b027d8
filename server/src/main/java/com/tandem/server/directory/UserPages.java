package com.tandem.server.directory;

import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.IfMatch;
import com.tandem.server.web.InvalidInputException;
import com.tandem.server.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System > User Management > Users: the list, and the create and edit forms. */
@Controller
@RequestMapping("/system/users")
class UserPages {

  private final ManageUsers users;
  private final ManageOrganizations organizations;

  UserPages(ManageUsers users, ManageOrganizations organizations) {
    this.users = users;
    this.organizations = organizations;
  }

  @GetMapping
  String list(@AuthenticationPrincipal SignedInUser user, Model model) {
    Actor actor = OrganizationPages.administrator(user);
    model.addAttribute("users", users.list(actor));
    model.addAttribute("organizationNames", organizationNames(actor));
    return "directory/users";
  }

  @GetMapping("/new")
  String createForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    Actor actor = OrganizationPages.administrator(user);
    return form(
        actor,
        model,
        null,
        new UserForm("", "", "", actor.organizationId(), List.of("USER"), "", true),
        null);
  }

  @PostMapping("/new")
  String create(
      @AuthenticationPrincipal SignedInUser user,
      @ModelAttribute UserForm form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = OrganizationPages.administrator(user);
    try {
      DirectoryUser created = users.create(actor, form.input());
      redirect.addFlashAttribute("saved", created.username());
      return "redirect:/system/users";
    } catch (InvalidInputException | ConflictException | ForbiddenException e) {
      return form(actor, model, null, form, FormErrors.of(e));
    } catch (NotFoundException e) {
      return form(
          actor, model, null, form, Map.of("organizationId", "is not an organization you manage"));
    }
  }

  @GetMapping("/{id}/edit")
  String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
    Actor actor = OrganizationPages.administrator(user);
    DirectoryUser existing = users.get(actor, id);
    return form(actor, model, existing, UserForm.of(existing), null);
  }

  @PostMapping("/{id}/edit")
  String edit(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      @ModelAttribute UserForm form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = OrganizationPages.administrator(user);
    DirectoryUser existing = users.get(actor, id);
    try {
      DirectoryUser saved = users.update(actor, id, form.input(), IfMatch.any());
      redirect.addFlashAttribute("saved", saved.username());
      return "redirect:/system/users";
    } catch (InvalidInputException | ConflictException | ForbiddenException e) {
      return form(actor, model, existing, form, FormErrors.of(e));
    } catch (NotFoundException e) {
      return form(
          actor,
          model,
          existing,
          form,
          Map.of("organizationId", "is not an organization you manage"));
    }
  }

  @PostMapping("/{id}/delete")
  String delete(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      RedirectAttributes redirect) {
    Actor actor = OrganizationPages.administrator(user);
    DirectoryUser existing = users.get(actor, id);
    try {
      users.delete(actor, id, IfMatch.any());
      redirect.addFlashAttribute("deleted", existing.username());
    } catch (ConflictException | ForbiddenException e) {
      redirect.addFlashAttribute("failed", e.getMessage());
    }
    return "redirect:/system/users";
  }

  private String form(
      Actor actor, Model model, DirectoryUser existing, UserForm form, Map<String, String> errors) {
    model.addAttribute("existing", existing);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("organizations", users.assignableOrganizations(actor));
    model.addAttribute(
        "assignableRoles",
        actor.isSystemAdmin() ? List.of(Role.values()) : List.of(Role.ORG_ADMIN, Role.USER));
    return "directory/user-form";
  }

  private Map<Long, String> organizationNames(Actor actor) {
    return organizations.list(actor).stream()
        .collect(Collectors.toMap(Organization::id, Organization::name));
  }

  /** The user form as posted; unticked boxes are simply absent. */
  record UserForm(
      String username,
      String email,
      String displayName,
      Long organizationId,
      List<String> roles,
      String password,
      Boolean enabled) {

    static UserForm of(DirectoryUser user) {
      return new UserForm(
          user.username(),
          user.email(),
          user.displayName(),
          user.organizationId(),
          user.roles().stream().map(Enum::name).toList(),
          "",
          user.enabled());
    }

    public boolean has(Role role) {
      return roles != null && roles.contains(role.name());
    }

    UserInput input() {
      return new UserInput(
          username,
          email,
          displayName,
          organizationId,
          roles,
          password == null || password.isEmpty() ? null : password,
          Boolean.TRUE.equals(enabled));
    }
  }
}
