package com.tandem.server.account;

import com.tandem.server.directory.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organizations/{orgId}/microsoft-links}: application mode's links, in bulk. */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/microsoft-links")
@Tag(name = "Microsoft accounts", description = "Connections and links to Microsoft 365")
class OrganizationLinksApi {

  /** A user and their Microsoft user (null when not linked). */
  record LinkJson(long userId, String username, String email, String microsoftUser) {
    static LinkJson of(LinkReport.Linked l) {
      return new LinkJson(l.user().id(), l.user().username(), l.user().email(), l.microsoftUser());
    }
  }

  /** A user who could not be linked, and why. */
  record NotLinkedJson(long userId, String username, String email, String reason) {}

  /** What linking everyone by e-mail did. */
  record ReportJson(
      List<LinkJson> linked, List<LinkJson> alreadyLinked, List<NotLinkedJson> notLinked) {}

  private final OrganizationLinks links;
  private final LinkUsers linkUsers;

  OrganizationLinksApi(OrganizationLinks links, LinkUsers linkUsers) {
    this.links = links;
    this.linkUsers = linkUsers;
  }

  @GetMapping
  @Operation(summary = "Each user of the organization with the Microsoft user linked to them")
  List<LinkJson> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long orgId) {
    return links.rows(user.actor(), orgId).stream()
        .map(
            r ->
                new LinkJson(
                    r.user().id(), r.user().username(), r.user().email(), r.microsoftUser()))
        .toList();
  }

  @PostMapping
  @Operation(
      summary = "Link every user not linked yet to the Microsoft user of their e-mail address",
      description = "Application mode only (409 otherwise); says who could not be linked, and why.")
  ReportJson linkAll(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long orgId, Locale locale) {
    LinkReport report = linkUsers.linkAllByEmail(user.actor(), orgId, locale);
    return new ReportJson(
        report.linked().stream().map(LinkJson::of).toList(),
        report.alreadyLinked().stream().map(LinkJson::of).toList(),
        report.notLinked().stream()
            .map(
                n ->
                    new NotLinkedJson(
                        n.user().id(), n.user().username(), n.user().email(), n.reason()))
            .toList());
  }
}
