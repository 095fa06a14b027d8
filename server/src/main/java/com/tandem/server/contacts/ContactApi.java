package com.tandem.server.contacts;

import com.tandem.server.activity.ActivityAccess;
import com.tandem.server.activity.Paging;
import com.tandem.server.activity.ProblemMessages;
import com.tandem.server.activity.VersionedItemRequests;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.ConflictException;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST API of an organization's contacts, for every member of the organization and system
 * administrators; everyone else is told the organization does not exist.
 */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/contacts")
class ContactApi {

  private final Contacts contacts;
  private final ActivityAccess access;
  private final ProblemMessages messages;
  private final VersionedItemRequests<ContactFields, Contact> requests;

  ContactApi(Contacts contacts, ActivityAccess access, ProblemMessages messages) {
    this.contacts = contacts;
    this.access = access;
    this.messages = messages;
    this.requests =
        new VersionedItemRequests<>(
            contacts, messages, ContactJson::read, ContactJson::write, "contact");
  }

  @GetMapping
  ObjectNode list(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long orgId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    long org = organization(me, orgId);
    Paging page = Paging.of(offset, limit, messages);
    if (q != null && q.length() > ContactFields.MAX_NAME) {
      throw messages.invalidParameter("q", "tooLong", ContactFields.MAX_NAME);
    }
    return page.answer(contacts.list(org, q, page.offset(), page.limit() + 1), ContactJson::write);
  }

  @PostMapping
  ResponseEntity<JsonNode> create(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long orgId,
      @RequestBody JsonNode body) {
    long org = organization(me, orgId);
    return unlessTaken(
        () -> requests.create(org, "/api/v1/organizations/" + org + "/contacts", body));
  }

  @GetMapping("/{id}")
  ResponseEntity<JsonNode> get(
      @AuthenticationPrincipal SignedInUser me, @PathVariable long orgId, @PathVariable String id) {
    return requests.get(organization(me, orgId), id);
  }

  @PutMapping("/{id}")
  ResponseEntity<JsonNode> replace(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long orgId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long org = organization(me, orgId);
    return unlessTaken(() -> requests.replace(org, id, ifMatch, body));
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  ResponseEntity<JsonNode> patch(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long orgId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long org = organization(me, orgId);
    return unlessTaken(() -> requests.patch(org, id, ifMatch, body));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long orgId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return requests.delete(organization(me, orgId), id, ifMatch);
  }

  private long organization(SignedInUser me, long orgId) {
    return access.memberOrganization(me.actor(), orgId);
  }

  /** Runs a write; an address of another contact becomes a 409 that names that contact. */
  private static <R> R unlessTaken(Supplier<R> write) {
    try {
      return write.get();
    } catch (AddressTakenException e) {
      String holder =
          e.contactId() == null
              ? "another contact"
              : "the contact " + e.contactName() + " (" + e.contactId() + ")";
      throw new ConflictException(
          "emails", "The address " + e.address() + " already belongs to " + holder + ".");
    }
  }
}
