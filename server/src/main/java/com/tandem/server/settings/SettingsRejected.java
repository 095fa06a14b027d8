package com.tandem.server.settings;

import java.util.List;

/** A change refused as a whole, with every problem by key; nothing was changed. */
public final class SettingsRejected extends RuntimeException {

  private final List<SettingProblem> problems;

  SettingsRejected(List<SettingProblem> problems) {
    super("settings rejected", null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<SettingProblem> problems() {
    return problems;
  }
}
