package com.tandem.server.account;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import java.util.List;
import org.springframework.stereotype.Service;

/** The application-mode links of an organization's users, as its administrators see them. */
@Service
class OrganizationLinks {

  /** One user and the Microsoft user they are linked to, or null. */
  record Row(Directory.UserRef user, String microsoftUser) {}

  private final AccountAccess access;
  private final JdbcUserLinks links;
  private final AzureApplications applications;

  OrganizationLinks(AccountAccess access, JdbcUserLinks links, AzureApplications applications) {
    this.access = access;
    this.links = links;
    this.applications = applications;
  }

  /** The organization, when the actor administers it. */
  Directory.OrganizationRef organization(Actor actor, long organizationId) {
    return access.administeredOrganization(
        actor, organizationId, "Only an administrator sees the organization's Microsoft users.");
  }

  /** Each user of the organization with their link. */
  List<Row> rows(Actor actor, long organizationId) {
    organization(actor, organizationId);
    return access.members(organizationId).stream()
        .map(u -> new Row(u, links.find(u.id()).map(UserLink::microsoftUser).orElse(null)))
        .toList();
  }

  /** Whether users are linked at all (application mode). */
  boolean applicationMode() {
    return applications.current().map(AzureApplication::applicationMode).orElse(false);
  }
}
