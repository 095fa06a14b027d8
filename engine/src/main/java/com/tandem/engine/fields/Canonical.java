package com.tandem.engine.fields;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The normalizations content hashes rest on, so that equal content hashes equally. */
public final class Canonical {

  private Canonical() {}

  /**
   * Text with line endings as {@code \n}, no trailing spaces on a line, and no blank lines or
   * spaces at either end; null reads as empty.
   */
  public static String text(String text) {
    if (text == null) {
      return "";
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    return unified.replaceAll("[ \\t]+\\n", "\n").strip();
  }

  /** An instant in UTC to the second (Graph and the CRM keep different precisions); null: empty. */
  public static String instant(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Any value's text, null as empty. */
  public static String value(Object value) {
    return value == null ? "" : value.toString();
  }
}
