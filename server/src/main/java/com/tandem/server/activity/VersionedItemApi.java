package com.tandem.server.activity;

import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.IfMatch;
import com.tandem.server.web.NotFoundException;
import com.tandem.server.web.PreconditionFailedException;
import java.net.URI;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
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
 * create, read, replace, merge-patch and delete one item, each answer with the item's ETag and each
 * write checked against {@code If-Match}. A kind adds its list and says how its JSON reads.
 *
 * @param <T> the content
 * @param <I> the stored item
 */
public abstract class VersionedItemApi<T, I extends VersionedItem<T>> {

  private final VersionedStore<T, I> store;
  private final ActivityAccess access;
  public final ProblemMessages messages;
  private final String path;
  private final String noun;

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
    this.store = store;
    this.access = access;
    this.messages = messages;
    this.path = path;
    this.noun = noun;
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
    I created = checked(() -> store.create(user, read(body), Origin.CRM));
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/users/" + user + "/" + path + "/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(write(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<JsonNode> get(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id) {
    I item = existing(user(me, userId), id);
    return ResponseEntity.ok().eTag(IfMatch.etag(item.version())).body(write(item));
  }

  @PutMapping("/{id}")
  ResponseEntity<JsonNode> replace(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long user = user(me, userId);
    return update(user, existing(user, id), ifMatch, body);
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
    long user = user(me, userId);
    I current = existing(user, id);
    return update(user, current, ifMatch, MergePatch.apply(write(current), body));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable long userId,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    long user = user(me, userId);
    I current = existing(user, id);
    Long expected = IfMatch.parse(ifMatch).expectedVersion(current.version());
    if (!checked(() -> store.delete(user, id, Origin.CRM, expected))) {
      throw notFound();
    }
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<JsonNode> update(long user, I current, String ifMatch, JsonNode body) {
    Long expected = IfMatch.parse(ifMatch).expectedVersion(current.version());
    I updated =
        checked(
            () ->
                store
                    .update(user, current.id(), read(body), Origin.CRM, expected)
                    .orElseThrow(this::notFound));
    return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(write(updated));
  }

  private I existing(long user, String id) {
    return store.find(user, id).orElseThrow(this::notFound);
  }

  private NotFoundException notFound() {
    return new NotFoundException("No such " + noun + ".");
  }

  /** Runs a store call, turning its domain failures into the API's answers. */
  private <R> R checked(Supplier<R> call) {
    try {
      return call.get();
    } catch (InvalidActivityException e) {
      throw messages.invalidInput(e);
    } catch (StaleVersionException e) {
      throw new PreconditionFailedException(
          "The " + noun + " has changed; its current version is " + e.currentVersion() + ".");
    }
  }
}
