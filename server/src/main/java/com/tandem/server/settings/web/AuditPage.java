package com.tandem.server.settings.web;

import com.tandem.server.directory.SignedInUser;
import com.tandem.server.settings.AuditEntry;
import com.tandem.server.settings.SettingsAudit;
import com.tandem.server.settings.SettingsMessages;
import com.tandem.server.web.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The settings audit trail for administrators: {@code /system/audit}. */
@Controller
class AuditPage {

  /** One line of the audit table, worded for the reader. */
  record Line(String at, String actor, String scope, String key, String change) {}

  private final SettingsAudit audit;
  private final SettingsMessages problems;
  private final MessageSource messages;

  AuditPage(SettingsAudit audit, SettingsMessages problems, MessageSource messages) {
    this.audit = audit;
    this.problems = problems;
    this.messages = messages;
  }

  @GetMapping("/system/audit")
  String page(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "scope", required = false) String scope,
      Model model,
      Locale locale) {
    List<AuditEntry> entries;
    try {
      entries = audit.visibleTo(user.actor(), scope);
    } catch (InvalidInputException e) {
      model.addAttribute("scopeError", true);
      entries = List.of();
    }
    List<Line> lines =
        entries.stream()
            .map(
                e ->
                    new Line(
                        e.at().toString(),
                        e.actor(),
                        messages.getMessage(
                            "settings.audit.scope." + e.scope().level().name(),
                            new Object[] {Long.toString(e.scope().id())},
                            locale),
                        e.key(),
                        problems.change(e, locale)))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("scope", scope);
    return "settings/audit";
  }
}
