package com.tandem.server.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Lets the server itself (not a person) set system settings, as the sandbox tenant does on start;
 * the change is checked, audited as "system" and announced like any other.
 */
@Service
public class ApplySystemSettings {

  private final ChangeSettings change;

  ApplySystemSettings(ChangeSettings change) {
    this.change = change;
  }

  /** Sets the given keys (name to value as typed in a form); returns the keys that changed. */
  public Set<String> apply(Map<String, String> values) {
    Map<String, SettingInput> edits = new LinkedHashMap<>();
    values.forEach((key, value) -> edits.put(key, new SettingInput.Text(value)));
    return change.apply(null, Scope.system(), edits, null);
  }
}
