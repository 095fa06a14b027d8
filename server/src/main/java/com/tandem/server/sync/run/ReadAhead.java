package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.graph.BatchRequest;
import com.tandem.graph.BatchResult;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.server.sync.SyncResource;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.store.ResourceCursor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first page of each resource's delta round for one run of a connection, read ahead together in
 * one {@code $batch}: an idle connection then costs one Graph round trip, whatever number of
 * resources it syncs. Each member is answered (and throttled) on its own; a failure, of a member or
 * of the whole batch, is thrown by that resource's run when it reads, so that the run ends with the
 * matching outcome as if it had read alone.
 *
 * <p>A To Do list stored by an earlier run is used without looking it up; when Graph no longer
 * knows it, the default list is looked up again and the run reads it afresh (a changed list starts
 * a new round).
 */
public final class ReadAhead {

  private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);

  /** Nothing read ahead: every run reads for itself. */
  public static final ReadAhead NONE = new ReadAhead(Map.of());

  private final Map<SyncResource, RunContext<?>> setups;

  private ReadAhead(Map<SyncResource, RunContext<?>> setups) {
    this.setups = setups;
  }

  /** The resource's setup with its target found and its first page read, if it was read ahead. */
  Optional<RunContext<?>> setup(SyncResource resource) {
    return Optional.ofNullable(setups.get(resource));
  }

  /**
   * Finds each setup's target and reads its first page, all setups' first pages in one batch
   * (setups of one connection). Never throws: what fails is thrown later by the run it belongs to.
   */
  static ReadAhead read(
      List<RunContext<?>> setups, Supplier<GraphClient> graphs, Supplier<Mailbox> mailboxes) {
    if (setups.isEmpty()) {
      return NONE;
    }
    GraphClient graph;
    Mailbox mailbox;
    List<Pending<?>> pending = new ArrayList<>();
    try {
      graph = graphs.get();
      mailbox = mailboxes.get();
    } catch (RuntimeException e) {
      Map<SyncResource, RunContext<?>> failed = new EnumMap<>(SyncResource.class);
      setups.forEach(setup -> failed.put(setup.id(), Pending.failing(setup, e)));
      return new ReadAhead(failed);
    }
    for (RunContext<?> setup : setups) {
      pending.add(Pending.of(setup, graph, mailbox));
    }
    List<BatchRequest> requests = new ArrayList<>();
    pending.forEach(p -> p.request().ifPresent(requests::add));
    BatchResult answers = null;
    RuntimeException batchFailure = null;
    if (!requests.isEmpty()) {
      try {
        answers = graph.batch().send(mailbox, requests);
      } catch (RuntimeException e) {
        batchFailure = e;
      }
    }
    Map<SyncResource, RunContext<?>> prepared = new EnumMap<>(SyncResource.class);
    for (Pending<?> p : pending) {
      prepared.put(p.setup.id(), p.prepared(answers, batchFailure, graph, mailbox));
    }
    return new ReadAhead(prepared);
  }

  /** One resource on its way through the read-ahead. */
  private static final class Pending<F extends SyncFields<F>> {
    private final RunContext<F> setup;
    private final String storedListId;
    private MicrosoftTarget target;
    private RuntimeException locateFailure;
    private DeltaRound round;
    private BatchRequest request;
    private RuntimeException requestFailure;

    private Pending(RunContext<F> setup, String storedListId) {
      this.setup = setup;
      this.storedListId = storedListId;
    }

    static <F extends SyncFields<F>> Pending<F> of(
        RunContext<F> setup, GraphClient graph, Mailbox mailbox) {
      ResourceCursor cursor = setup.cursor();
      Pending<F> p = new Pending<>(setup, cursor.listId());
      try {
        p.target = setup.microsoft().target(graph, mailbox, cursor.listId());
      } catch (RuntimeException e) {
        p.locateFailure = e;
        return p;
      }
      p.round = setup.round(p.target);
      try {
        p.request =
            setup
                .microsoft()
                .firstRead(setup.id().name(), p.target, p.round.link(), p.round.window())
                .orElse(null);
      } catch (RuntimeException e) {
        // E.g. a stored link of another Graph: the run meets it as an expired sync state.
        p.requestFailure = e;
        if (cursor.listId() != null) {
          // The list stored with it may be unknown there too: a fresh read of it finds out.
          p.request = probe(setup, p.target);
        }
      }
      return p;
    }

    private static BatchRequest probe(RunContext<?> setup, MicrosoftTarget target) {
      try {
        return setup
            .microsoft()
            .firstRead(setup.id().name(), target, null, setup.window())
            .orElse(null);
      } catch (RuntimeException e) {
        return null;
      }
    }

    static <F extends SyncFields<F>> RunContext<F> failing(
        RunContext<F> setup, RuntimeException e) {
      return with(
          setup,
          null,
          () -> {
            throw e;
          },
          setup.microsoft());
    }

    Optional<BatchRequest> request() {
      return Optional.ofNullable(request);
    }

    RunContext<F> prepared(
        BatchResult answers, RuntimeException batchFailure, GraphClient graph, Mailbox mailbox) {
      if (locateFailure != null) {
        return failing(setup, locateFailure);
      }
      if (request == null && requestFailure == null) {
        return with(setup, target, setup.locate(), setup.microsoft());
      }
      String id = setup.id().name();
      RuntimeException answerFailure = null;
      if (request != null) {
        answerFailure = batchFailure != null ? batchFailure : answers.failure(id).orElse(null);
      }
      RuntimeException failure = requestFailure != null ? requestFailure : answerFailure;
      if (answerFailure instanceof NotFoundException && storedListId != null) {
        LOG.info(
            "the To Do list of user {} is gone from Microsoft 365: looking up the default list",
            setup.userId());
        try {
          MicrosoftTarget found = setup.microsoft().target(graph, mailbox, null);
          return with(setup, found, setup.locate(), setup.microsoft());
        } catch (RuntimeException e) {
          return failing(setup, e);
        }
      }
      MicrosoftItems<F> readAhead =
          new ReadAheadItems<>(
              setup.microsoft(), target, round, failure == null ? answers : null, id, failure);
      return with(setup, target, setup.locate(), readAhead);
    }

    private static <F extends SyncFields<F>> RunContext<F> with(
        RunContext<F> setup,
        MicrosoftTarget target,
        Supplier<MicrosoftTarget> locate,
        MicrosoftItems<F> microsoft) {
      return setup.at(target, microsoft);
    }
  }
}
