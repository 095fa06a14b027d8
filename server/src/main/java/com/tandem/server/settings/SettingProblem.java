package com.tandem.server.settings;

import java.util.List;

/** A refused key or value, as a message code of {@code i18n/settings.properties} with arguments. */
public record SettingProblem(String field, String code, List<Object> args) {

  public SettingProblem {
    args = List.copyOf(args);
  }

  static SettingProblem of(String field, String code, Object... args) {
    return new SettingProblem(field, code, List.of(args));
  }
}
