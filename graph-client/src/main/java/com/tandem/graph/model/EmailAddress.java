package com.tandem.graph.model;

/**
 * A person's name and e-mail address.
 *
 * @param name the display name, or null
 * @param address the SMTP address
 */
public record EmailAddress(String name, String address) {

  /** An address with a display name. */
  public static EmailAddress of(String name, String address) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("address is blank");
    }
    return new EmailAddress(name, address);
  }
}
