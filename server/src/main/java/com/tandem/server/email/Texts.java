package com.tandem.server.email;

/** Cutting texts from mail to what the database keeps. */
final class Texts {

  private Texts() {}

  /**
   * {@code text} without NUL characters (mail may carry them; PostgreSQL refuses them in text), cut
   * to {@code max} characters, never between the halves of a surrogate pair.
   */
  static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    if (text.indexOf('\u0000') >= 0) {
      text = text.replace("\u0000", "");
    }
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
