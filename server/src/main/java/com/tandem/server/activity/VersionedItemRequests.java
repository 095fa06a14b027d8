package com.tandem.server.activity;

import com.tandem.server.web.IfMatch;
import com.tandem.server.web.NotFoundException;
import com.tandem.server.web.PreconditionFailedException;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * What every kind's REST API does with one item, whoever owns it: create, read, replace,
 * merge-patch and delete, each answer with the item's ETag and each write checked against {@code
 * If-Match}; the store's failures become problem details. A kind's controller declares its paths
 * and hands the owner's id (checked for the caller) to these.
 *
 * @param <T> the content
 * @param <I> the stored item
 */
public final class VersionedItemRequests<T, I extends VersionedItem<T>> {

  private final VersionedStore<T, I> store;
  private final ProblemMessages messages;
  private final Function<JsonNode, T> read;
  private final Function<I, JsonNode> write;
  private final String noun;

  /**
   * @param read the content a request body asks for; throws {@link InvalidActivityException}
   * @param write the JSON of a stored item
   * @param noun what one item is called in messages ({@code task})
   */
  public VersionedItemRequests(
      VersionedStore<T, I> store,
      ProblemMessages messages,
      Function<JsonNode, T> read,
      Function<I, JsonNode> write,
      String noun) {
    this.store = store;
    this.messages = messages;
    this.read = read;
    this.write = write;
    this.noun = noun;
  }

  /** Creates an item; {@code collection} is the path its location is under. */
  public ResponseEntity<JsonNode> create(long owner, String collection, JsonNode body) {
    I created = checked(() -> store.create(owner, read.apply(body), Origin.CRM));
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create(collection + "/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(write.apply(created));
  }

  public ResponseEntity<JsonNode> get(long owner, String id) {
    I item = existing(owner, id);
    return ResponseEntity.ok().eTag(IfMatch.etag(item.version())).body(write.apply(item));
  }

  public ResponseEntity<JsonNode> replace(long owner, String id, String ifMatch, JsonNode body) {
    return update(owner, existing(owner, id), ifMatch, body);
  }

  public ResponseEntity<JsonNode> patch(long owner, String id, String ifMatch, JsonNode body) {
    I current = existing(owner, id);
    return update(owner, current, ifMatch, MergePatch.apply(write.apply(current), body));
  }

  public ResponseEntity<Void> delete(long owner, String id, String ifMatch) {
    I current = existing(owner, id);
    Long expected = IfMatch.parse(ifMatch).expectedVersion(current.version());
    if (!checked(() -> store.delete(owner, id, Origin.CRM, expected))) {
      throw notFound();
    }
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<JsonNode> update(long owner, I current, String ifMatch, JsonNode body) {
    Long expected = IfMatch.parse(ifMatch).expectedVersion(current.version());
    I updated =
        checked(
            () ->
                store
                    .update(owner, current.id(), read.apply(body), Origin.CRM, expected)
                    .orElseThrow(this::notFound));
    return ResponseEntity.ok().eTag(IfMatch.etag(updated.version())).body(write.apply(updated));
  }

  private I existing(long owner, String id) {
    return store.find(owner, id).orElseThrow(this::notFound);
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
