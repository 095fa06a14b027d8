package com.tandem.server.contacts;

import com.tandem.server.activity.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a contact says. Addresses are kept as typed, stripped, in their order; one that repeats
 * another (in any case) is dropped. Building one checks every rule and throws {@link
 * com.tandem.server.activity.InvalidActivityException} listing all problems.
 */
public record ContactFields(String name, List<String> emails, String company, String phone) {

  /** The longest name and company accepted. */
  public static final int MAX_NAME = 255;

  /** The most addresses one contact has. */
  public static final int MAX_EMAILS = 20;

  /** The longest phone number accepted. */
  public static final int MAX_PHONE = 64;

  public ContactFields {
    name = name == null ? null : name.strip();
    company = blankToNull(company);
    phone = blankToNull(phone);
    Problems problems = new Problems();
    problems.required("name", name, MAX_NAME);
    problems.maxLength("company", company, MAX_NAME);
    problems.maxLength("phone", phone, MAX_PHONE);
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> given = emails == null ? List.of() : emails;
    if (given.size() > MAX_EMAILS) {
      problems.add("emails", "tooMany", MAX_EMAILS);
    } else {
      for (int i = 0; i < given.size(); i++) {
        String address = given.get(i) == null ? null : given.get(i).strip();
        problems.address("emails[" + i + "]", address);
        String key = address == null ? null : key(address);
        if (key != null && key.length() > Problems.MAX_ADDRESS) {
          // some letters grow when lower-cased, and the key must fit its column too
          problems.add("emails[" + i + "]", "tooLong", Problems.MAX_ADDRESS);
        } else if (key != null && seen.add(key)) {
          kept.add(address);
        }
      }
    }
    problems.throwIfAny();
    emails = List.copyOf(kept);
  }

  /** A contact with a name and addresses only. */
  public static ContactFields of(String name, String... emails) {
    return new ContactFields(name, List.of(emails), null, null);
  }

  /** The form under which addresses compare equal: lower case. */
  public static String key(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
