package com.tandem.server.activity;

import com.tandem.server.directory.SignedInUser;
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
import tools.jackson.databind.JsonNode;

/**
 * The REST API every kind of a user's CRM items shares under {@code /api/v1/users/{userId}/…}:
 * create, read, replace, merge-patch and delete one item ({@link VersionedItemRequests}), for the
 * user themselves or their administrators. A kind adds its list and says how its JSON reads.
 *
 * @param <T> the content
 * @param <I> the stored item
 */
public abstract class VersionedItemApi<T, I extends VersionedItem<T>> {

  private final ActivityAccess access;
  public final ProblemMessages messages;
  private final String path;
  private final VersionedItemRequests<T, I> requests;

  /**
   * @param path the collection's last path segment ({@code tasks})
   * @param noun what one item is called in messages ({@code task})
   */
  public VersionedItemApi(
      VersionedStore<T, I> store,
      ActivityAccess access,
      ProblemMessages messages,
      String path,
      String noun) {
    this.access = access;
    this.messages = messages;
    this.path = path;
    this.requests = new VersionedItemRequests<>(store, messages, this::read, this::write, noun);
  }

  /** The content a request body asks for; throws {@link InvalidActivityException} naming fields. */
  protected abstract T read(JsonNode body);

  /** The JSON of a stored item. */
  protected abstract JsonNode write(I item);

  /** The user whose items the actor may manage, or a 404. */
  protected long user(SignedInUser me, long userId) {
    return access.managedUser(me.actor(), userId);
  }

  @PostMapping
  ResponseEntity<JsonNode> create(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @RequestBody JsonNode body) {
    long user = user(me, userId);
    return requests.create(user, "/api/v1/users/" + user + "/" + path, body);
  }

  @GetMapping("/{id}")
  ResponseEntity<JsonNode> get(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id) {
    return requests.get(user(me, userId), id);
  }

  @PutMapping("/{id}")
  ResponseEntity<JsonNode> replace(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    return requests.replace(user(me, userId), id, ifMatch, body);
  }

  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  ResponseEntity<JsonNode> patch(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    return requests.patch(user(me, userId), id, ifMatch, body);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return requests.delete(user(me, userId), id, ifMatch);
  }
}
