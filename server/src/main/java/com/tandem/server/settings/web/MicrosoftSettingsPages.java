package com.tandem.server.settings.web;

import com.tandem.server.account.MailFolderTree;
import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.settings.ChangeSettings;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingInput;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import com.tandem.server.settings.SettingsAccess;
import com.tandem.server.settings.SettingsMessages;
import com.tandem.server.settings.SettingsRejected;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Microsoft Settings pages of the seed: system, an organization ("Use System"), a user and My
 * Configuration ("Use Organization").
 */
@Controller
class MicrosoftSettingsPages {

  static final String SYSTEM = "/system/configuration/integrations/microsoft";
  static final String ORGANIZATION =
      "/system/organizations/{id}/configuration/integrations/microsoft";
  static final String USER = "/system/users/{id}/configuration/integrations/microsoft";
  static final String MINE = "/my/configuration/integrations/microsoft";

  /** The query value that asks a user's page for the mailbox's folder tree. */
  static final String RETRIEVE_FOLDERS = "retrieve";

  private final Settings settings;
  private final ChangeSettings change;
  private final SettingsAccess access;
  private final SettingsMessages problems;
  private final MessageSource messages;
  private final Directory directory;
  private final MailFolderTree folderTree;

  MicrosoftSettingsPages(
      Settings settings,
      ChangeSettings change,
      SettingsAccess access,
      SettingsMessages problems,
      MessageSource messages,
      Directory directory,
      MailFolderTree folderTree) {
    this.folderTree = folderTree;
    this.settings = settings;
    this.change = change;
    this.access = access;
    this.problems = problems;
    this.messages = messages;
    this.directory = directory;
  }

  @GetMapping(SYSTEM)
  String system(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
    return show(access.system(user.actor()), SYSTEM, model, locale);
  }

  @PostMapping(SYSTEM)
  String saveSystem(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Actor actor = user.actor();
    return save(actor, access.system(actor), SYSTEM, form, model, locale, redirect, response);
  }

  @GetMapping(ORGANIZATION)
  String organization(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      Model model,
      Locale locale) {
    return show(access.organization(user.actor(), id), path(ORGANIZATION, id), model, locale);
  }

  @PostMapping(ORGANIZATION)
  String saveOrganization(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Actor actor = user.actor();
    Scope scope = access.organization(actor, id);
    return save(actor, scope, path(ORGANIZATION, id), form, model, locale, redirect, response);
  }

  @GetMapping(USER)
  String user(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      @RequestParam(required = false) String folders,
      Model model,
      Locale locale) {
    Scope scope = access.user(user.actor(), id);
    pickFolders(scope, folders, model, locale);
    return show(scope, path(USER, id), model, locale);
  }

  @PostMapping(USER)
  String saveUser(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Actor actor = user.actor();
    Scope scope = access.user(actor, id);
    return save(actor, scope, path(USER, id), form, model, locale, redirect, response);
  }

  @GetMapping(MINE)
  String mine(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(required = false) String folders,
      Model model,
      Locale locale) {
    Actor actor = user.actor();
    model.addAttribute("mine", true);
    Scope scope = access.user(actor, actor.userId());
    pickFolders(scope, folders, model, locale);
    return show(scope, MINE, model, locale);
  }

  /** Retrieve Folders ({@code ?folders=retrieve}): the mailbox's tree for the Folders field. */
  private void pickFolders(Scope scope, String folders, Model model, Locale locale) {
    if (RETRIEVE_FOLDERS.equals(folders)) {
      List<String> current = settings.resolve(scope).value(SettingKeys.EMAIL_FOLDERS);
      model.addAttribute(
          "folderPicker", FolderPicker.of(folderTree.of(scope.id(), locale), current));
    }
  }

  @PostMapping(MINE)
  String saveMine(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Actor actor = user.actor();
    model.addAttribute("mine", true);
    Scope scope = access.user(actor, actor.userId());
    return save(actor, scope, MINE, form, model, locale, redirect, response);
  }

  private String show(Scope scope, String action, Model model, Locale locale) {
    return render(scope, action, Map.of(), Map.of(), model, locale);
  }

  private String save(
      Actor actor,
      Scope scope,
      String action,
      MultiValueMap<String, String> form,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, SettingInput> edits = MicrosoftSettingsForm.edits(scope.level(), form);
    try {
      change.apply(actor, scope, edits, null);
    } catch (SettingsRejected rejected) {
      Map<String, String> errors = new LinkedHashMap<>();
      rejected.problems().forEach(p -> errors.putIfAbsent(p.field(), problems.text(p, locale)));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("invalid", true);
      return render(scope, action, edits, errors, model, locale);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:" + action;
  }

  private String render(
      Scope scope,
      String action,
      Map<String, SettingInput> submitted,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    ResolvedSettings resolved = settings.resolve(scope);
    MicrosoftSettingsForm form = new MicrosoftSettingsForm(messages, locale);
    model.addAttribute(
        "sections", form.sections(resolved, settings.redirectUri(), submitted, errors));
    model.addAttribute("action", action);
    model.addAttribute("level", scope.level().name());
    model.addAttribute("subject", subject(scope));
    return "settings/microsoft";
  }

  private String subject(Scope scope) {
    return switch (scope.level()) {
      case SYSTEM -> null;
      case ORGANIZATION ->
          directory.organization(scope.id()).map(Directory.OrganizationRef::name).orElse(null);
      case USER -> directory.user(scope.id()).map(Directory.UserRef::displayName).orElse(null);
    };
  }

  private static String path(String pattern, long id) {
    return pattern.replace("{id}", Long.toString(id));
  }
}
