package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.graph.BatchRequest;
import com.tandem.graph.BatchResult;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.MicrosoftPages;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SyncWindow;
import java.util.Objects;
import java.util.Optional;

/**
 * One run's Microsoft side whose first page of changes was read ahead (in the connection's batch):
 * the run's read of that very round starts from the page read ahead, once; everything else, and a
 * read of any other round (a full re-read after an expired token), goes to the side itself.
 *
 * @param <F> the kind of item
 */
final class ReadAheadItems<F extends SyncFields<F>> implements MicrosoftItems<F> {

  private final MicrosoftItems<F> side;
  private final MicrosoftTarget target;
  private final DeltaRound round;
  private final BatchResult batch;
  private final String id;
  private final RuntimeException failure;
  private boolean used;

  /**
   * The side with the answer to its first read: member {@code id} of {@code batch}, or the {@code
   * failure} that kept the batch (or the request) from being made.
   */
  ReadAheadItems(
      MicrosoftItems<F> side,
      MicrosoftTarget target,
      DeltaRound round,
      BatchResult batch,
      String id,
      RuntimeException failure) {
    if ((batch == null) == (failure == null)) {
      throw new IllegalArgumentException("an answer or a failure, not both");
    }
    this.side = side;
    this.target = target;
    this.round = round;
    this.batch = batch;
    this.id = id;
    this.failure = failure;
  }

  @Override
  public MicrosoftTarget target(GraphClient graph, Mailbox mailbox) {
    return side.target(graph, mailbox);
  }

  @Override
  public MicrosoftTarget target(GraphClient graph, Mailbox mailbox, String storedListId) {
    return side.target(graph, mailbox, storedListId);
  }

  @Override
  public MicrosoftPages<F> changes(MicrosoftTarget target, String link, SyncWindow window) {
    if (used || !readAhead(target, link, window)) {
      return side.changes(target, link, window);
    }
    used = true;
    if (failure != null) {
      throw failure;
    }
    return side.changes(target, batch, id);
  }

  private boolean readAhead(MicrosoftTarget target, String link, SyncWindow window) {
    return Objects.equals(target.listId(), this.target.listId())
        && Objects.equals(link, round.link())
        && (link != null || window.equals(round.window()));
  }

  @Override
  public Optional<BatchRequest> firstRead(
      String id, MicrosoftTarget target, String link, SyncWindow window) {
    return side.firstRead(id, target, link, window);
  }

  @Override
  public MicrosoftPages<F> changes(MicrosoftTarget target, BatchResult batch, String id) {
    return side.changes(target, batch, id);
  }

  @Override
  public Optional<ItemState<F>> read(MicrosoftTarget target, String id) {
    return side.read(target, id);
  }

  @Override
  public Optional<ItemState<F>> findByCrmId(MicrosoftTarget target, String crmId) {
    return side.findByCrmId(target, crmId);
  }

  @Override
  public ItemVersion create(MicrosoftTarget target, F fields, String crmId, String attempt) {
    return side.create(target, fields, crmId, attempt);
  }

  @Override
  public ItemVersion update(MicrosoftTarget target, String id, F fields, String expectedVersion) {
    return side.update(target, id, fields, expectedVersion);
  }

  @Override
  public void delete(MicrosoftTarget target, String id, String expectedVersion) {
    side.delete(target, id, expectedVersion);
  }
}
