package com.tandem.server.settings.web;

import static com.tandem.server.settings.SettingKeys.*;

import com.tandem.server.settings.Resolved;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.ScopeLevel;
import com.tandem.server.settings.SettingInput;
import com.tandem.server.settings.SettingKey;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.SyncDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * The Microsoft Settings page of one scope: which sections and fields it shows, and how a submitted
 * form becomes changes. The seed's layout: the Azure application and the integration switches at
 * system level only, the sync sections at every level.
 */
final class MicrosoftSettingsForm {

  /** Form parameter listing the fields the page submitted (disabled ones are left out). */
  static final String FIELDS = "fields";

  /** Form parameter listing the fields whose "Use System" / "Use Organization" is ticked. */
  static final String INHERIT = "inherit";

  private record Section(String code, boolean systemOnly, List<SettingKey<?>> keys) {}

  private static final List<Section> SECTIONS =
      List.of(
          new Section(
              "settings.section.azure",
              true,
              List.of(
                  AZURE_CLIENT_ID,
                  AZURE_CLIENT_SECRET,
                  AZURE_TENANT_ID,
                  AZURE_CLOUD,
                  AZURE_AUTHORITY_URL,
                  AZURE_GRAPH_URL,
                  AZURE_AUTH_MODE)),
          new Section(
              "settings.section.integrations",
              true,
              List.of(EMAIL_SYNC_ENABLED, CALENDAR_SYNC_ENABLED, TASKS_SYNC_ENABLED)),
          new Section("settings.section.sync", false, List.of(SYNC_INTERVAL_MINUTES)),
          new Section(
              "settings.section.calendar",
              false,
              List.of(CALENDAR_ENABLED, CALENDAR_DIRECTION, CALENDAR_CONFLICT_RESOLUTION)),
          new Section(
              "settings.section.tasks",
              false,
              List.of(TASKS_ENABLED, TASKS_DIRECTION, TASKS_CONFLICT_RESOLUTION)),
          new Section(
              "settings.section.email",
              false,
              List.of(EMAIL_ENABLED, EMAIL_FOLDERS, EMAIL_IMPORT_DAYS, EMAIL_TRACK)),
          new Section(
              "settings.section.window",
              false,
              List.of(CALENDAR_WINDOW_PAST_DAYS, CALENDAR_WINDOW_FUTURE_DAYS)),
          new Section("settings.section.deletion", false, List.of(SYNC_MAX_DELETE_PERCENT)));

  private static final Map<SettingKey<?>, SettingKey<SyncDirection>> DIRECTION_OF =
      Map.of(
          CALENDAR_CONFLICT_RESOLUTION, CALENDAR_DIRECTION,
          TASKS_CONFLICT_RESOLUTION, TASKS_DIRECTION);

  private final MessageSource messages;
  private final Locale locale;

  MicrosoftSettingsForm(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** The HTML id of a key's input. */
  static String id(SettingKey<?> key) {
    return key.name().replace('.', '-').replace('_', '-');
  }

  /**
   * The changes a submitted form asks for: ticked "Use …" clears, an empty secret keeps the stored
   * one, an empty optional text at system level clears, unchecked flags are off.
   */
  static Map<String, SettingInput> edits(ScopeLevel level, MultiValueMap<String, String> form) {
    Map<String, SettingInput> edits = new java.util.LinkedHashMap<>();
    List<String> inherit = form.getOrDefault(INHERIT, List.of());
    for (String name : form.getOrDefault(FIELDS, List.of())) {
      SettingKey<?> key = SettingKeys.byName(name).orElse(null);
      if (key == null || !key.allowedAt(level) || edits.containsKey(name)) {
        continue;
      }
      // Folders come as one text or, from Retrieve Folders, one value per ticked folder (none
      // ticked is an empty choice, which the setting refuses).
      String value =
          key.kind() == SettingKey.Kind.FOLDERS
              ? String.join(",", form.getOrDefault(name, List.of()))
              : form.getFirst(name);
      if (level != ScopeLevel.SYSTEM && inherit.contains(name)) {
        edits.put(name, SettingInput.clear());
      } else if (key.kind() == SettingKey.Kind.FLAG) {
        edits.put(name, new SettingInput.Text(String.valueOf("true".equals(value))));
      } else if (value == null || key.isSecret() && value.isEmpty()) {
        continue;
      } else if (level == ScopeLevel.SYSTEM && key.defaultValue() == null && value.isBlank()) {
        edits.put(name, SettingInput.clear());
      } else {
        edits.put(name, new SettingInput.Text(value));
      }
    }
    return edits;
  }

  /**
   * The sections of the page for the resolved settings, showing {@code submitted} values instead of
   * the stored ones (after a refused save) and {@code errors} by key.
   */
  List<SectionView> sections(
      ResolvedSettings resolved,
      String redirectUri,
      Map<String, SettingInput> submitted,
      Map<String, String> errors) {
    ScopeLevel level = resolved.scope().level();
    List<SectionView> sections = new ArrayList<>();
    for (Section section : SECTIONS) {
      if (section.systemOnly() && level != ScopeLevel.SYSTEM) {
        continue;
      }
      List<FieldView> fields = new ArrayList<>();
      for (SettingKey<?> key : section.keys()) {
        fields.add(field(key, resolved, submitted, errors));
        if (key == AZURE_TENANT_ID) {
          fields.add(redirectUri(redirectUri));
        }
      }
      sections.add(new SectionView(text(section.code()), fields));
    }
    return sections;
  }

  private FieldView field(
      SettingKey<?> key,
      ResolvedSettings resolved,
      Map<String, SettingInput> submitted,
      Map<String, String> errors) {
    boolean system = resolved.scope().level() == ScopeLevel.SYSTEM;
    Resolved<?> inherited = resolved.inherited(key);
    boolean overridden = resolved.overrides(key);
    String value = key.isSecret() ? "" : shownText(key, resolved.get(key).value());
    SettingInput input = submitted.get(key.name());
    if (input instanceof SettingInput.Text typed) {
      value = typed.text();
      overridden = true;
    } else if (input instanceof SettingInput.Clear) {
      value = shownText(key, inherited.value());
      overridden = false;
    }
    boolean locked = false;
    String conflictOf = null;
    SettingKey<SyncDirection> direction = DIRECTION_OF.get(key);
    if (direction != null) {
      conflictOf = id(direction);
      String directionShown = shownText(direction, resolved.get(direction).value());
      if (submitted.get(direction.name()) instanceof SettingInput.Text typed) {
        directionShown = typed.text();
      } else if (submitted.get(direction.name()) instanceof SettingInput.Clear) {
        directionShown = shownText(direction, resolved.inherited(direction).value());
      }
      locked = !SyncDirection.BIDIRECTIONAL.name().equals(directionShown);
    }
    String hint = null;
    if (!key.isSecret() && (!system || inherited.value() != null)) {
      hint =
          messages.getMessage(
              "settings.inherited." + inherited.source().name(),
              new Object[] {display(key, inherited.value())},
              locale);
    }
    if (key.isSecret() && resolved.overrides(key)) {
      hint = text("settings.secretSet");
    }
    return new FieldView(
        key.name(),
        id(key),
        text("settings.field." + key.name()),
        type(key),
        key.isSecret() ? "" : value,
        key.choices().stream()
            .map(c -> new FieldView.Option(c, text("settings.option." + c)))
            .toList(),
        !system,
        overridden,
        hint,
        shownText(key, inherited.value()),
        errors.get(key.name()),
        conflictOf,
        locked,
        key.kind() == SettingKey.Kind.WHOLE_NUMBER ? key.min() : null,
        key.kind() == SettingKey.Kind.WHOLE_NUMBER ? key.max() : null);
  }

  private FieldView redirectUri(String uri) {
    return new FieldView(
        "redirect_uri",
        "redirect-uri",
        text("settings.field.redirect_uri"),
        "readonly",
        uri,
        List.of(),
        false,
        true,
        text("settings.redirectUriHint"),
        uri,
        null,
        null,
        false,
        null,
        null);
  }

  private static String type(SettingKey<?> key) {
    return switch (key.kind()) {
      case SECRET -> "secret";
      case FLAG -> "checkbox";
      case WHOLE_NUMBER -> "number";
      case CHOICE -> "select";
      default -> "text";
    };
  }

  private static String shownText(SettingKey<?> key, Object value) {
    return value == null || key.isSecret() ? "" : key.toText(value);
  }

  private String display(SettingKey<?> key, Object value) {
    if (value == null) {
      return text("settings.notSet");
    }
    if (value instanceof Boolean flag) {
      return text(flag ? "settings.on" : "settings.off");
    }
    if (value instanceof Enum<?> choice) {
      return text("settings.option." + choice.name());
    }
    return key.toText(value);
  }

  private String text(String code) {
    return messages.getMessage(code, null, locale);
  }
}
