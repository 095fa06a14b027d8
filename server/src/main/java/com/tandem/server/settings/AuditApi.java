package com.tandem.server.settings;

import com.tandem.server.directory.SignedInUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of settings changes: {@code GET /api/v1/audit?scope=…}. */
@RestController
class AuditApi {

  private final SettingsAudit audit;
  private final SettingsMessages messages;

  AuditApi(SettingsAudit audit, SettingsMessages messages) {
    this.audit = audit;
    this.messages = messages;
  }

  /**
   * The entries the caller may see, newest first; {@code scope} is {@code system}, {@code
   * organizations/{id}} or {@code users/{id}}.
   */
  @GetMapping("/api/v1/audit")
  List<Map<String, Object>> entries(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "scope", required = false) String scope) {
    return audit.visibleTo(user.actor(), scope).stream().map(this::json).toList();
  }

  private Map<String, Object> json(AuditEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", entry.id());
    json.put("at", entry.at().toString());
    json.put("actor", entry.actor());
    json.put("scope", entry.scope().level().name());
    json.put("scopeId", entry.scope().level() == ScopeLevel.SYSTEM ? null : entry.scope().id());
    json.put("key", entry.key());
    json.put("oldValue", entry.oldValue());
    json.put("newValue", entry.newValue());
    json.put("change", messages.change(entry, Locale.ENGLISH));
    return json;
  }
}
