package com.tandem.server.email;

import java.util.Locale;

/**
 * A sender or recipient as the message gives it.
 *
 * @param name the display name, or null
 * @param address the address as written (not checked: mail carries malformed ones too)
 */
public record EmailAddress(String name, String address) {

  /** The longest address kept (RFC 5321's limit for a path). */
  public static final int MAX_ADDRESS = 320;

  /** The longest display name kept. */
  public static final int MAX_NAME = 320;

  public EmailAddress {
    address = Texts.cut(address == null ? "" : address.trim(), MAX_ADDRESS);
    name = name == null || name.isBlank() ? null : Texts.cut(name.trim(), MAX_NAME);
  }

  /** The address as contacts index it: lower-cased (and cut again, as lower case can be longer). */
  public String key() {
    return Texts.cut(address.toLowerCase(Locale.ROOT), MAX_ADDRESS);
  }

  /** Whether there is an address at all. */
  boolean present() {
    return !address.isEmpty();
  }
}
