package com.tandem.server.settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One setting: its name (as in the API), type, default, allowed values and the scopes that may set
 * it. The instances are declared once, in {@link SettingKeys}.
 *
 * @param <T> the type of its values: {@code String}, {@code Boolean}, {@code Integer}, an enum or a
 *     list of mailbox folders
 */
public final class SettingKey<T> {

  /** How values of a key are written and checked. */
  public enum Kind {
    TEXT,
    SECRET,
    TENANT,
    URL,
    FLAG,
    WHOLE_NUMBER,
    CHOICE,
    FOLDERS
  }

  /** The most mailbox folders one scope chooses. */
  static final int MAX_FOLDERS = 50;

  /** Graph's well-known folder names, which a scope may choose by name in any case. */
  public static final Set<String> WELL_KNOWN_FOLDERS =
      Set.of(
          "inbox",
          "sentitems",
          "drafts",
          "deleteditems",
          "junkemail",
          "archive",
          "outbox",
          "conversationhistory",
          "clutter",
          "scheduled",
          "msgfolderroot");

  /** A folder id as Graph gives them (base64 in its URL-safe or plain alphabet). */
  private static final Pattern FOLDER_ID = Pattern.compile("[A-Za-z0-9+/=_-]{16,512}");

  private static final int MAX_TEXT = 500;
  private static final Pattern NO_SPACE = Pattern.compile("\\S+");
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,199}");

  private final String name;
  private final Kind kind;
  private final Class<T> type;
  private final T defaultValue;
  private final boolean systemOnly;
  private final int min;
  private final int max;

  private SettingKey(
      String name, Kind kind, Class<T> type, T defaultValue, boolean systemOnly, int min, int max) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.type = Objects.requireNonNull(type, "type == null");
    this.defaultValue = defaultValue;
    this.systemOnly = systemOnly;
    this.min = min;
    this.max = max;
    if (defaultValue != null) {
      check(defaultValue);
    }
  }

  static SettingKey<String> text(String name, Kind kind) {
    return new SettingKey<>(name, kind, String.class, null, true, 0, 0);
  }

  static SettingKey<Boolean> flag(String name, boolean defaultValue, boolean systemOnly) {
    return new SettingKey<>(name, Kind.FLAG, Boolean.class, defaultValue, systemOnly, 0, 0);
  }

  static SettingKey<Integer> wholeNumber(String name, int defaultValue, int min, int max) {
    return new SettingKey<>(name, Kind.WHOLE_NUMBER, Integer.class, defaultValue, false, min, max);
  }

  @SuppressWarnings("unchecked")
  static SettingKey<List<String>> folders(String name, List<String> defaultValue) {
    return new SettingKey<>(
        name, Kind.FOLDERS, (Class<List<String>>) (Class<?>) List.class, defaultValue, false, 0, 0);
  }

  static <E extends Enum<E>> SettingKey<E> choice(
      String name, Class<E> type, E defaultValue, boolean systemOnly) {
    return new SettingKey<>(name, Kind.CHOICE, type, defaultValue, systemOnly, 0, 0);
  }

  /** The key's name, as in the API: {@code sync.interval_minutes}. */
  public String name() {
    return name;
  }

  /** The type of the key's values. */
  public Class<T> type() {
    return type;
  }

  /** The value when no scope sets one; null for the Azure application's fields. */
  public T defaultValue() {
    return defaultValue;
  }

  /** True for keys only the system scope may set (the Azure application and integrations). */
  public boolean systemOnly() {
    return systemOnly;
  }

  /** True when a scope of this level may override the key. */
  public boolean allowedAt(ScopeLevel level) {
    return level == ScopeLevel.SYSTEM || !systemOnly;
  }

  /** True for the client secret, which is stored encrypted and never shown. */
  public boolean isSecret() {
    return kind == Kind.SECRET;
  }

  /** The names of the allowed values of a choice, empty for other keys. */
  public List<String> choices() {
    if (kind != Kind.CHOICE) {
      return List.of();
    }
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  /** The smallest allowed whole number (only for whole-number keys). */
  public int min() {
    return min;
  }

  /** The largest allowed whole number (only for whole-number keys). */
  public int max() {
    return max;
  }

  public Kind kind() {
    return kind;
  }

  /** Reads a value from its stored or typed-in text; throws {@link InvalidSettingValue}. */
  T fromText(String text) {
    if (text == null) {
      throw new InvalidSettingValue("settings.error.empty");
    }
    String trimmed = kind == Kind.SECRET ? text : text.trim();
    return switch (kind) {
      case FLAG -> {
        if (!trimmed.equals("true") && !trimmed.equals("false")) {
          throw new InvalidSettingValue("settings.error.flag");
        }
        yield type.cast(Boolean.valueOf(trimmed));
      }
      case WHOLE_NUMBER -> {
        if (!trimmed.matches("-?[0-9]{1,9}")) {
          throw new InvalidSettingValue("settings.error.range", min, max);
        }
        yield check(type.cast(Integer.valueOf(trimmed)));
      }
      case CHOICE -> {
        for (T constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(trimmed)) {
            yield constant;
          }
        }
        throw new InvalidSettingValue("settings.error.choice", String.join(", ", choices()));
      }
      case FOLDERS ->
          type.cast(
              folders(
                  Arrays.stream(trimmed.split(","))
                      .map(String::trim)
                      .filter(n -> !n.isEmpty())
                      .toList()));
      default -> check(type.cast(trimmed));
    };
  }

  /** Reads a value from JSON, strictly: numbers must be whole JSON numbers, flags JSON booleans. */
  T fromJson(JsonNode node) {
    return switch (kind) {
      case FLAG -> {
        if (!node.isBoolean()) {
          throw new InvalidSettingValue("settings.error.flag");
        }
        yield type.cast(node.booleanValue());
      }
      case WHOLE_NUMBER -> {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
          throw new InvalidSettingValue("settings.error.range", min, max);
        }
        yield check(type.cast(node.intValue()));
      }
      case FOLDERS -> {
        if (!node.isArray()) {
          throw new InvalidSettingValue("settings.error.folders", MAX_FOLDERS);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode element : node.values()) {
          if (!element.isString()) {
            throw new InvalidSettingValue("settings.error.folders", MAX_FOLDERS);
          }
          names.add(element.stringValue().trim());
        }
        yield type.cast(folders(names));
      }
      default -> {
        if (!node.isString()) {
          throw kind == Kind.CHOICE
              ? new InvalidSettingValue("settings.error.choice", String.join(", ", choices()))
              : new InvalidSettingValue("settings.error.text", MAX_TEXT);
        }
        yield fromText(node.stringValue());
      }
    };
  }

  /** The text a value is stored and shown as (folders separated by commas). */
  public String toText(Object value) {
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
  }

  /** The value as it appears in JSON: a boolean, a number, a string or an array of strings. */
  Object toJson(Object value) {
    return value instanceof Enum<?> e ? e.name() : value;
  }

  /**
   * The folders chosen: well-known names (kept in lower case) or folder ids, each once, in their
   * order; at least one and at most {@value #MAX_FOLDERS}.
   */
  private static List<String> folders(List<String> names) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (WELL_KNOWN_FOLDERS.contains(lower)) {
        chosen.add(lower);
      } else if (FOLDER_ID.matcher(name).matches()) {
        chosen.add(name);
      } else {
        throw new InvalidSettingValue(
            "settings.error.folder", name.length() > 60 ? name.substring(0, 60) + "…" : name);
      }
    }
    if (chosen.isEmpty() || chosen.size() > MAX_FOLDERS) {
      throw new InvalidSettingValue("settings.error.folders", MAX_FOLDERS);
    }
    return List.copyOf(chosen);
  }

  private T check(T value) {
    switch (kind) {
      case WHOLE_NUMBER -> {
        int number = (Integer) value;
        if (number < min || number > max) {
          throw new InvalidSettingValue("settings.error.range", min, max);
        }
      }
      case TEXT, SECRET -> {
        String text = (String) value;
        if (text.isEmpty()) {
          throw new InvalidSettingValue("settings.error.empty");
        }
        if (text.length() > MAX_TEXT || kind == Kind.TEXT && !NO_SPACE.matcher(text).matches()) {
          throw new InvalidSettingValue("settings.error.text", MAX_TEXT);
        }
      }
      case TENANT -> {
        if (!TENANT.matcher((String) value).matches()) {
          throw new InvalidSettingValue("settings.error.tenant");
        }
      }
      case URL -> checkUrl((String) value);
      default -> {}
    }
    return value;
  }

  private static void checkUrl(String text) {
    try {
      URI uri = new URI(text);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!web || uri.getHost() == null || text.length() > MAX_TEXT || text.endsWith("/")) {
        throw new InvalidSettingValue("settings.error.url");
      }
    } catch (java.net.URISyntaxException e) {
      throw new InvalidSettingValue("settings.error.url");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
