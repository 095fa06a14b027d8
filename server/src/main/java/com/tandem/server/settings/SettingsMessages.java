package com.tandem.server.settings;

import com.tandem.server.web.FieldProblem;
import com.tandem.server.web.InvalidInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words the settings' problems and audit entries from {@code i18n/settings.properties}. */
@Component
public class SettingsMessages {

  private final MessageSource messages;

  SettingsMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** The problem's message in the given language. */
  public String text(SettingProblem problem, Locale locale) {
    return messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
  }

  /** The refusal as the API's 400 answer, worded in English. */
  InvalidInputException invalid(SettingsRejected rejected) {
    return new InvalidInputException(
        rejected.problems().stream()
            .map(p -> new FieldProblem(p.field(), p.field() + " " + text(p, Locale.ENGLISH)))
            .toList());
  }

  /** An audit entry's change, "old -> new", or "changed" for the secret. */
  public String change(AuditEntry entry, Locale locale) {
    if (entry.secret()) {
      return messages.getMessage("settings.audit.secretChanged", null, locale);
    }
    return messages.getMessage(
        "settings.audit.change",
        new Object[] {shown(entry.oldValue(), locale), shown(entry.newValue(), locale)},
        locale);
  }

  private String shown(String value, Locale locale) {
    return value == null ? messages.getMessage("settings.audit.notSet", null, locale) : value;
  }
}
