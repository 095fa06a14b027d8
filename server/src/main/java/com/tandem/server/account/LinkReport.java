package com.tandem.server.account;

import com.tandem.server.directory.Directory;
import java.util.List;

/**
 * What linking every user of an organization by e-mail did.
 *
 * @param organization the organization
 * @param linked the users linked now, with their Microsoft user
 * @param alreadyLinked the users that were linked before, left as they were
 * @param notLinked the users that could not be linked, with the reason
 */
record LinkReport(
    Directory.OrganizationRef organization,
    List<Linked> linked,
    List<Linked> alreadyLinked,
    List<NotLinked> notLinked) {

  /** A user and the Microsoft user they are linked to. */
  record Linked(Directory.UserRef user, String microsoftUser) {}

  /** A user who could not be linked, and why. */
  record NotLinked(Directory.UserRef user, String reason) {}
}
