package com.tandem.server.settings;

import java.util.List;

/** A change refused as a whole, with every problem by key; nothing was changed. */
final class SettingsRejected extends RuntimeException {

  private final List<SettingProblem> problems;

  SettingsRejected(List<SettingProblem> problems) {
    super("settings rejected", null, false, false);
    this.problems = List.copyOf(problems);
  }

  List<SettingProblem> problems() {
    return problems;
  }
}
