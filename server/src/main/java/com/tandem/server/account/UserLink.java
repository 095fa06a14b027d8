package com.tandem.server.account;

import java.time.Instant;
import java.util.Objects;

/**
 * In application mode: the Microsoft user whose mailbox a CRM user's items sync with.
 *
 * @param userId the CRM user
 * @param microsoftUser the Microsoft user principal name
 * @param accountName the Microsoft display name
 * @param byEmail true when linked by matching e-mail addresses, false when set by hand
 * @param linkedAt when the link was made
 */
record UserLink(
    long userId, String microsoftUser, String accountName, boolean byEmail, Instant linkedAt) {
  UserLink {
    Objects.requireNonNull(microsoftUser, "microsoftUser == null");
    Objects.requireNonNull(linkedAt, "linkedAt == null");
  }
}
