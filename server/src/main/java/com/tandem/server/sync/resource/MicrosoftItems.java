package com.tandem.server.sync.resource;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.graph.BatchRequest;
import com.tandem.graph.BatchResult;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import java.util.Optional;

/**
 * The Microsoft side of one resource, in the engine's vocabulary. Every method may throw the graph
 * client's exceptions (throttled, sync state expired, authentication, server errors …); none
 * sleeps.
 *
 * @param <F> the kind of item
 */
public interface MicrosoftItems<F extends SyncFields<F>> {

  /**
   * Finds (or, for tasks, chooses) where the user's items live: for tasks the default To Do list.
   */
  MicrosoftTarget target(GraphClient graph, Mailbox mailbox);

  /**
   * Where the user's items live, reusing {@code storedListId} (the To Do list an earlier run
   * synced, or null) without asking Graph; the default finds it as {@link #target(GraphClient,
   * Mailbox)} does.
   */
  default MicrosoftTarget target(GraphClient graph, Mailbox mailbox, String storedListId) {
    return target(graph, mailbox);
  }

  /**
   * The request {@link #changes(MicrosoftTarget, String, SyncWindow)} would start with, as the
   * member {@code id} of a {@code $batch}; empty when these items are not read in a batch (they are
   * then read the ordinary way).
   */
  default Optional<BatchRequest> firstRead(
      String id, MicrosoftTarget target, String link, SyncWindow window) {
    return Optional.empty();
  }

  /**
   * What changed, like {@link #changes(MicrosoftTarget, String, SyncWindow)}, starting from the
   * answer to {@link #firstRead}'s request (member {@code id} of {@code batch}) and following its
   * next links; a failed answer throws, when pulled, what a single read would have thrown.
   */
  default MicrosoftPages<F> changes(MicrosoftTarget target, BatchResult batch, String id) {
    throw new UnsupportedOperationException("these items are not read in a batch");
  }

  /**
   * What changed since {@code link} (a stored delta or next link), or every item of the window when
   * {@code link} is null, page by page as the run pulls them; the last page leads to the new delta
   * link. Items carry their CRM-id stamp where the read returns it.
   */
  MicrosoftPages<F> changes(MicrosoftTarget target, String link, SyncWindow window);

  /** The item's current state; empty when it is gone. */
  Optional<ItemState<F>> read(MicrosoftTarget target, String id);

  /** The item Tandem created for this CRM id (it carries the stamp), if there is one. */
  Optional<ItemState<F>> findByCrmId(MicrosoftTarget target, String crmId);

  /**
   * Creates the item stamped with {@code crmId}. Idempotent for the same {@code crmId} and {@code
   * attempt} key: a retry after a lost response returns the item the first attempt created.
   */
  ItemVersion create(MicrosoftTarget target, F fields, String crmId, String attempt);

  /**
   * Replaces the item's synced fields, If-Match {@code expectedVersion}; throws the client's
   * precondition-failed exception when it changed meanwhile.
   */
  ItemVersion update(MicrosoftTarget target, String id, F fields, String expectedVersion);

  /** Deletes the item; an item already gone counts as deleted. */
  void delete(MicrosoftTarget target, String id, String expectedVersion);
}
