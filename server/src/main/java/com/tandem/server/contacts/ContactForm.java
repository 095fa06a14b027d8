package com.tandem.server.contacts;

import java.util.Arrays;
import java.util.List;

/**
 * What the contact form sends: the addresses one per line (an address may hold a comma or a
 * semicolon), the rest as typed.
 */
record ContactForm(String name, String emails, String company, String phone, Long version) {

  /** An empty form for a new contact. */
  static ContactForm blank() {
    return new ContactForm("", "", "", "", null);
  }

  /** The form showing a stored contact. */
  static ContactForm of(Contact contact) {
    ContactFields f = contact.fields();
    return new ContactForm(
        f.name(),
        String.join("\n", f.emails()),
        f.company() == null ? "" : f.company(),
        f.phone() == null ? "" : f.phone(),
        contact.version());
  }

  /** The addresses typed, in their order. */
  List<String> addresses() {
    if (emails == null) {
      return List.of();
    }
    return Arrays.stream(emails.split("[\\r\\n]+"))
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .toList();
  }

  /** The contact the form describes; throws naming each bad field. */
  ContactFields toFields() {
    return new ContactFields(name, addresses(), company, phone);
  }
}
