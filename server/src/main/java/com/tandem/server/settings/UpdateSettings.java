package com.tandem.server.settings;

import com.tandem.server.directory.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Sets or clears overrides from code (for example the sandbox set-up writing the emulator's URLs),
 * with the same checks, audit entry and {@link SettingsChanged} event as the pages and the API.
 */
@Service
public class UpdateSettings {

  private final ChangeSettings change;

  UpdateSettings(ChangeSettings change) {
    this.change = change;
  }

  /**
   * Applies the values (a null value clears the override) to the scope, all or nothing, on behalf
   * of {@code actor} (null: the system itself); returns the names of the keys that changed. Throws
   * IllegalArgumentException naming each refused key. The caller has checked who may do this.
   */
  public Set<String> apply(Actor actor, Scope scope, Map<SettingKey<?>, ?> values) {
    Map<String, SettingInput> edits = new LinkedHashMap<>();
    values.forEach(
        (key, value) ->
            edits.put(
                key.name(),
                value == null ? SettingInput.clear() : new SettingInput.Text(key.toText(value))));
    try {
      return change.apply(actor, scope, edits, null);
    } catch (SettingsRejected rejected) {
      throw new IllegalArgumentException(
          rejected.problems().stream()
              .map(p -> p.field() + ": " + p.code() + p.args())
              .collect(Collectors.joining("; ")));
    }
  }
}
