package com.tandem.server.settings;

import java.util.List;

/**
 * A value that a key refuses, with a message code of {@code i18n/settings.properties} and its
 * arguments, so that the API and the pages word it the same way.
 */
final class InvalidSettingValue extends RuntimeException {

  private final String code;
  private final List<Object> args;

  InvalidSettingValue(String code, Object... args) {
    super(code, null, false, false);
    this.code = code;
    // Strings, so that message formatting does not group digits (1440, not 1,440).
    this.args = java.util.Arrays.stream(args).map(a -> (Object) String.valueOf(a)).toList();
  }

  String code() {
    return code;
  }

  List<Object> args() {
    return args;
  }
}
