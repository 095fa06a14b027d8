package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.ContentHash;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.graph.errors.RequestRejectedException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.store.Links;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The creates of a run's {@link PlanExecutor}: a page of new CRM items is written together, a
 * plan's new Microsoft items are made a few at a time, a copy made in Microsoft is looked up first
 * when an earlier run may have made it already, and the links of copies made in Microsoft are saved
 * once per plan.
 *
 * @param <F> the kind of item
 */
public final class CreateExecutor<F extends SyncFields<F>> {

  /**
   * How many of a plan's Microsoft creates are under way at once: the Graph client refuses a fifth
   * request to a mailbox, and the delta's read-ahead may hold one.
   */
  static final int MICROSOFT_IN_FLIGHT = 3;

  /** Makes Microsoft creates beside the run's thread; idle threads end after a minute. */
  private static final ExecutorService MICROSOFT_WRITERS =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "sync-microsoft-create");
            thread.setDaemon(true);
            return thread;
          });

  private final RunContext<F> setup;
  private final Links<F> links;
  private final TransactionTemplate tx;
  private final RunJournal tally;
  private final boolean lookUpBeforeCreate;
  private final Consumer<String> linkedMicrosoftIds;
  private final Function<F, String> titles;
  private final List<SyncLink<F>> madeInMicrosoft = new ArrayList<>();

  /** Creates whose intent stands but which surely made nothing: their intents go again. */
  private final List<SyncAction.Create<F>> unmade = new ArrayList<>();

  /** The CRM ids whose intent was inserted as a new row (fulfilled by updating that row). */
  private final java.util.Set<String> intended = new java.util.HashSet<>();

  CreateExecutor(RunInProgress<F> run, TransactionTemplate tx, Function<F, String> titles) {
    this.setup = run.context();
    this.links = run.links();
    this.tx = tx;
    this.tally = run.journal();
    this.lookUpBeforeCreate = run.lookUpBeforeCreate();
    this.linkedMicrosoftIds = run.linkedMicrosoftIds()::add;
    this.titles = titles;
  }

  /**
   * Creates the plan's new CRM items and their links in one transaction (a first import brings
   * pages of them); returns the actions still to carry out. When one of the items cannot be written
   * nothing is, and each is then tried alone so that only that one is skipped.
   */
  List<SyncAction<F>> inCrmTogether(List<SyncAction<F>> actions) {
    List<SyncAction.Create<F>> creates = new ArrayList<>();
    List<SyncAction<F>> rest = new ArrayList<>();
    for (SyncAction<F> action : actions) {
      if (action instanceof SyncAction.Create<F> create && create.target() == Side.CRM) {
        creates.add(create);
      } else {
        rest.add(action);
      }
    }
    if (setup.dryRun() || creates.size() < 2) {
      return actions;
    }
    List<ItemVersion> written;
    try {
      written =
          tx.execute(
              status -> {
                List<ItemVersion> made =
                    setup
                        .crm()
                        .createAll(
                            setup.userId(),
                            creates.stream().map(SyncAction.Create::fields).toList());
                List<SyncLink<F>> madeLinks = new ArrayList<>();
                for (int i = 0; i < creates.size(); i++) {
                  madeLinks.add(linkOfCrmCopy(creates.get(i), made.get(i)));
                }
                // The new CRM ids are unlinked; so are the Microsoft ids, else the plan would
                // update or relink them (a replaced link was deleted above).
                links.insertAll(madeLinks);
                return made;
              });
    } catch (IllegalArgumentException | InvalidActivityException | DuplicateKeyException e) {
      return actions;
    }
    for (int i = 0; i < creates.size(); i++) {
      SyncAction.Create<F> create = creates.get(i);
      linkedMicrosoftIds.accept(create.sourceId());
      tally.created(
          Side.CRM, written.get(i).id(), create.sourceId(), title(create.fields()), false);
    }
    return rest;
  }

  /**
   * Makes the plan's new Microsoft items, {@link #MICROSOFT_IN_FLIGHT} at a time, and records each
   * in the plan's order; returns the other actions. An item Graph refuses is skipped with its
   * reason. A failure of the run (throttling, authentication, Graph's errors) starts no further
   * create: the ones under way are waited for and recorded, so their links are saved, and then the
   * first failure propagates.
   */
  List<SyncAction<F>> inMicrosoftTogether(List<SyncAction<F>> actions) {
    List<SyncAction.Create<F>> creates = new ArrayList<>();
    List<SyncAction<F>> rest = new ArrayList<>();
    for (SyncAction<F> action : actions) {
      if (action instanceof SyncAction.Create<F> create && create.target() == Side.MICROSOFT) {
        creates.add(create);
      } else {
        rest.add(action);
      }
    }
    if (setup.dryRun() || creates.size() < 2) {
      return actions;
    }
    intend(creates);
    Deque<Underway<F>> underway = new ArrayDeque<>();
    Iterator<SyncAction.Create<F>> next = creates.iterator();
    RuntimeException failure = null;
    while (failure == null && (next.hasNext() || !underway.isEmpty())) {
      while (next.hasNext() && underway.size() < MICROSOFT_IN_FLIGHT) {
        SyncAction.Create<F> create = next.next();
        underway.add(
            new Underway<>(
                create,
                CompletableFuture.supplyAsync(() -> createInMicrosoft(create), MICROSOFT_WRITERS)));
      }
      failure = settle(underway.poll());
    }
    while (!underway.isEmpty()) {
      RuntimeException later = settle(underway.poll());
      failure = failure == null ? later : failure;
    }
    if (failure != null) {
      // The creates never started made nothing; one that failed under way may have (a lost
      // answer): its intent stays for the next run to look the copy up.
      next.forEachRemaining(unmade::add);
      throw failure;
    }
    return rest;
  }

  /**
   * Records the intent of each create before any is sent, in one transaction: should the run end
   * between a create and its link, the next run finds the intent and looks the copy up by its
   * stamp, with the fields it was made from as the base (so an edit made to the copy meanwhile is
   * an edit, not a conflict).
   */
  private void intend(List<SyncAction.Create<F>> creates) {
    List<SyncLink<F>> fresh = new ArrayList<>();
    List<SyncLink<F>> replacing = new ArrayList<>();
    for (SyncAction.Create<F> create : creates) {
      (create.replaces() == null ? fresh : replacing).add(intent(create));
    }
    // A new item has no link to replace: its intent is a plain insert, fulfilled by an update.
    links.recordIntents(replacing, fresh);
    intended.addAll(fresh.stream().map(SyncLink::crmId).toList());
  }

  /** A create's intent: the CRM item linked to a copy that may not exist yet. */
  static <F extends SyncFields<F>> SyncLink<F> intent(SyncAction.Create<F> create) {
    return create.link(Links.creating(create.sourceId()), INTENDED);
  }

  /** The version of a copy recorded by an intent: it never equals a real one. */
  static final String INTENDED = "~intended";

  /** A Microsoft create under way beside the run's thread. */
  private record Underway<F extends SyncFields<F>>(
      SyncAction.Create<F> create, CompletableFuture<ItemVersion> written) {}

  /**
   * Waits for a create and records it, or skips it when Graph refused the item; returns a failure
   * of the run instead of throwing it, so that the creates still under way are recorded first.
   */
  private RuntimeException settle(Underway<F> underway) {
    SyncAction.Create<F> create = underway.create();
    try {
      madeInMicrosoft(create, underway.written().join(), false);
      return null;
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException
          || cause instanceof RequestRejectedException
          || cause instanceof InvalidActivityException) {
        unmade.add(create);
        tally.skipped(create, titles, cause.getMessage() == null ? "refused" : cause.getMessage());
        return null;
      }
      if (cause instanceof ThrottledException throttled) {
        unmade.add(create); // Graph did not take it
        return throttled;
      }
      if (cause instanceof RuntimeException failure) {
        return failure;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      return e;
    }
  }

  /**
   * Saves the links of copies made in Microsoft in place of their intents, and withdraws the
   * intents of creates that made nothing (the link they replace comes back), also when the run
   * stops half-way.
   */
  void saveMadeLinks() {
    List<SyncLink<F>> save = new ArrayList<>();
    List<SyncLink<F>> fulfil = new ArrayList<>();
    for (SyncLink<F> made : madeInMicrosoft) {
      (intended.remove(made.crmId()) ? fulfil : save).add(made);
    }
    List<String> forget = new ArrayList<>();
    for (SyncAction.Create<F> create : unmade) {
      intended.remove(create.sourceId());
      if (create.replaces() != null) {
        save.add(create.replaces());
      } else {
        forget.add(create.sourceId());
      }
    }
    links.fulfil(fulfil);
    links.replace(save, forget, List.of());
    madeInMicrosoft.clear();
    unmade.clear();
  }

  /** Re-creates or creates an item; {@code restored} marks a discarded hold's restoration. */
  void create(SyncAction.Create<F> create, boolean restored) {
    String title = title(create.fields());
    if (setup.dryRun()) {
      tally.created(
          create.target(),
          create.target() == Side.CRM ? null : create.sourceId(),
          create.target() == Side.CRM ? create.sourceId() : null,
          title,
          restored);
      return;
    }
    if (create.target() == Side.CRM) {
      ItemVersion written =
          tx.execute(
              status -> {
                ItemVersion w = setup.crm().create(setup.userId(), create.fields());
                links.save(linkOfCrmCopy(create, w));
                return w;
              });
      linkedMicrosoftIds.accept(create.sourceId());
      tally.created(Side.CRM, written.id(), create.sourceId(), title, restored);
      return;
    }
    intend(List.of(create));
    ItemVersion written;
    try {
      written = createInMicrosoft(create);
    } catch (IllegalArgumentException
        | RequestRejectedException
        | InvalidActivityException
        | ThrottledException e) {
      unmade.add(create);
      throw e;
    }
    madeInMicrosoft(create, written, restored);
  }

  private void madeInMicrosoft(SyncAction.Create<F> create, ItemVersion written, boolean restored) {
    // Saved with the others of the plan; should the run die before, the next one looks the copy up
    // by its stamp before creating it again (lookUpBeforeCreate).
    madeInMicrosoft.add(create.link(written.id(), written.version()));
    linkedMicrosoftIds.accept(written.id());
    tally.created(
        Side.MICROSOFT, create.sourceId(), written.id(), title(create.fields()), restored);
  }

  private ItemVersion createInMicrosoft(SyncAction.Create<F> create) {
    String crmId = create.crmIdStamp();
    if (lookUpBeforeCreate) {
      // A run that ended early may have created the copy without recording its link.
      Optional<ItemState<F>> existing = setup.microsoft().findByCrmId(setup.target(), crmId);
      if (existing.isPresent()
          && (create.replaces() == null
              || !existing.get().id().equals(create.replaces().microsoftId()))) {
        ItemState<F> copy = existing.get();
        if (copy.hash().equals(ContentHash.of(create.fields()))) {
          return new ItemVersion(copy.id(), copy.version());
        }
        return setup.microsoft().update(setup.target(), copy.id(), create.fields(), copy.version());
      }
    }
    // The same key for every attempt at this item's copy makes a retried create return the first.
    String attempt =
        crmId + (create.replaces() == null ? "" : "~" + create.replaces().microsoftId());
    return setup.microsoft().create(setup.target(), create.fields(), crmId, attempt);
  }

  /** The link of a copy just made in the CRM; the link of the deleted copy it replaces goes. */
  private SyncLink<F> linkOfCrmCopy(SyncAction.Create<F> create, ItemVersion written) {
    if (create.replaces() != null && !create.replaces().crmId().equals(written.id())) {
      links.delete(create.replaces().crmId());
    }
    return create.link(written.id(), written.version());
  }

  private String title(F fields) {
    return titles.apply(fields);
  }
}
