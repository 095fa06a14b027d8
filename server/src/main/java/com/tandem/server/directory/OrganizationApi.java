package com.tandem.server.directory;

import com.tandem.server.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organizations}: the organizations the caller may see. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Organizations of the directory")
class OrganizationApi {

  private final ManageOrganizations organizations;

  OrganizationApi(ManageOrganizations organizations) {
    this.organizations = organizations;
  }

  @GetMapping
  @Operation(summary = "List the organizations the caller may see")
  List<OrganizationResource> list(@AuthenticationPrincipal SignedInUser user) {
    return organizations.list(user.actor()).stream().map(OrganizationResource::of).toList();
  }

  @GetMapping("/{orgId}")
  @Operation(summary = "Read one organization (ETag from its version)")
  ResponseEntity<OrganizationResource> get(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long orgId) {
    return one(organizations.get(user.actor(), orgId));
  }

  @PostMapping
  @Operation(summary = "Create an organization (system administrators)")
  ResponseEntity<OrganizationResource> create(
      @AuthenticationPrincipal SignedInUser user, @RequestBody OrganizationInput input) {
    Organization created = organizations.create(user.actor(), input);
    return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(OrganizationResource.of(created));
  }

  @PutMapping("/{orgId}")
  @Operation(summary = "Rename an organization; If-Match gives 412 when stale")
  ResponseEntity<OrganizationResource> update(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long orgId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody OrganizationInput input) {
    return one(organizations.update(user.actor(), orgId, input, IfMatch.parse(ifMatch)));
  }

  @DeleteMapping("/{orgId}")
  @Operation(summary = "Delete an organization without users (system administrators)")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long orgId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    organizations.delete(user.actor(), orgId, IfMatch.parse(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<OrganizationResource> one(Organization organization) {
    return withETag(organization).body(OrganizationResource.of(organization));
  }

  private static ResponseEntity.BodyBuilder withETag(Organization organization) {
    return ResponseEntity.ok().eTag(IfMatch.etag(organization.version()));
  }

  /** An organization as the API shows it. */
  record OrganizationResource(long id, String name) {

    static OrganizationResource of(Organization organization) {
      return new OrganizationResource(organization.id(), organization.name());
    }
  }
}
