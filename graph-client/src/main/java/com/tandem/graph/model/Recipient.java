package com.tandem.graph.model;

/**
 * A sender, organizer or recipient.
 *
 * @param emailAddress who it is
 */
public record Recipient(EmailAddress emailAddress) {

  /** A recipient with a display name and address. */
  public static Recipient of(String name, String address) {
    return new Recipient(EmailAddress.of(name, address));
  }

  /** The recipient's address, or null when Graph sent none. */
  public String address() {
    return emailAddress == null ? null : emailAddress.address();
  }
}
