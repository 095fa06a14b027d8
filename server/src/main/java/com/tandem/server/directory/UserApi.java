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

/** {@code /api/v1/users}: the users the caller may see; the password is write-only. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Users of the directory and their roles")
class UserApi {

  private final ManageUsers users;

  UserApi(ManageUsers users) {
    this.users = users;
  }

  @GetMapping
  @Operation(summary = "List the users the caller may see")
  List<UserResource> list(@AuthenticationPrincipal SignedInUser user) {
    return users.list(user.actor()).stream().map(UserResource::of).toList();
  }

  @GetMapping("/{userId}")
  @Operation(summary = "Read one user (ETag from its version)")
  ResponseEntity<UserResource> get(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long userId) {
    return one(users.get(user.actor(), userId));
  }

  @PostMapping
  @Operation(summary = "Create a user (administrators, in organizations they administer)")
  ResponseEntity<UserResource> create(
      @AuthenticationPrincipal SignedInUser user, @RequestBody UserInput input) {
    DirectoryUser created = users.create(user.actor(), input);
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(UserResource.of(created));
  }

  @PutMapping("/{userId}")
  @Operation(summary = "Replace a user; a missing password keeps the current one")
  ResponseEntity<UserResource> update(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody UserInput input) {
    return one(users.update(user.actor(), userId, input, IfMatch.parse(ifMatch)));
  }

  @DeleteMapping("/{userId}")
  @Operation(summary = "Delete a user (never the last system administrator)")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    users.delete(user.actor(), userId, IfMatch.parse(ifMatch));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<UserResource> one(DirectoryUser user) {
    return ResponseEntity.ok().eTag(IfMatch.etag(user.version())).body(UserResource.of(user));
  }

  /** A user as the API shows it: never with a password. */
  record UserResource(
      long id,
      String username,
      String email,
      String displayName,
      long organizationId,
      List<String> roles,
      boolean enabled) {

    static UserResource of(DirectoryUser user) {
      return new UserResource(
          user.id(),
          user.username(),
          user.email(),
          user.displayName(),
          user.organizationId(),
          user.roles().stream().map(Enum::name).sorted().toList(),
          user.enabled());
    }
  }
}
