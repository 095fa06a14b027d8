package com.tandem.server.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users/{userId}/tokens}: personal access tokens for bearer authentication. */
@RestController
@RequestMapping("/api/v1/users/{userId}/tokens")
@Tag(name = "Personal access tokens", description = "Tokens for Authorization: Bearer")
class TokenApi {

  private final ManageTokens tokens;

  TokenApi(ManageTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  @Operation(summary = "List a user's tokens (never their secrets)")
  List<TokenResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long userId) {
    return tokens.list(user.actor(), userId).stream().map(t -> TokenResource.of(t, null)).toList();
  }

  @PostMapping
  @Operation(summary = "Create a token for yourself; the answer holds its secret, shown only once")
  ResponseEntity<TokenResource> create(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestBody TokenInput input) {
    JdbcPersonalAccessTokens.NewToken created =
        tokens.create(user.actor(), userId, input == null ? null : input.name());
    return ResponseEntity.created(
            URI.create("/api/v1/users/" + userId + "/tokens/" + created.token().id()))
        .body(TokenResource.of(created.token(), created.secret()));
  }

  @DeleteMapping("/{tokenId}")
  @Operation(summary = "Revoke a token")
  ResponseEntity<Void> revoke(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @PathVariable long tokenId) {
    tokens.revoke(user.actor(), userId, tokenId);
    return ResponseEntity.noContent().build();
  }

  /** The name of a new token. */
  record TokenInput(String name) {}

  /** A token as the API shows it; {@code token} is set only in the answer that created it. */
  record TokenResource(
      long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, String token) {

    static TokenResource of(PersonalAccessToken t, String secret) {
      return new TokenResource(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), secret);
    }
  }
}
