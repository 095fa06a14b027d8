package com.tandem.server.contacts;

/** An address that another contact of the organization already has; nothing was changed. */
public class AddressTakenException extends RuntimeException {

  private final String address;
  private final String contactId;
  private final String contactName;

  public AddressTakenException(String address, String contactId, String contactName) {
    super("address taken by contact " + contactId);
    this.address = address;
    this.contactId = contactId;
    this.contactName = contactName;
  }

  /** The address, as the request gave it. */
  public String address() {
    return address;
  }

  /** The contact that has it; null when another writer took it at the same moment. */
  public String contactId() {
    return contactId;
  }

  /** That contact's name; null when another writer took the address at the same moment. */
  public String contactName() {
    return contactName;
  }
}
