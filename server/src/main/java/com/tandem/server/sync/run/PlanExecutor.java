package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.Conflict;
import com.tandem.engine.reconcile.Reconciler;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncInput;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.PreconditionFailedException;
import com.tandem.graph.errors.RequestRejectedException;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.StaleVersionException;
import com.tandem.server.sync.store.JdbcConflicts;
import com.tandem.server.sync.store.Links;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out a plan's actions as the engine's {@link SyncAction} contract asks: an update's intent
 * first, then the Microsoft write, then the CRM write and the link in one transaction. An item that
 * changed meanwhile is read again on both sides and decided again; an item that cannot be written
 * is skipped with its reason. Run-level failures (throttling, authentication, server errors)
 * propagate.
 *
 * @param <F> the kind of item
 */
final class PlanExecutor<F extends SyncFields<F>> {

  /** How often one item is decided again after it changed under a write. */
  static final int MAX_RETRIES = 3;

  private final RunContext<F> setup;
  private final Long runId;
  private final Links<F> links;
  private final TransactionTemplate tx;
  private final JdbcConflicts conflicts;
  private final Reconciler reconciler;
  private final RunJournal tally;
  private final Consumer<String> linkedMicrosoftIds;
  private final CreateExecutor<F> creates;

  PlanExecutor(
      RunInProgress<F> run,
      TransactionTemplate tx,
      JdbcConflicts conflicts,
      Reconciler reconciler) {
    this.setup = run.context();
    this.runId = run.runId();
    this.links = run.links();
    this.tx = tx;
    this.conflicts = conflicts;
    this.reconciler = reconciler;
    this.tally = run.journal();
    this.linkedMicrosoftIds = run.linkedMicrosoftIds()::add;
    this.creates = new CreateExecutor<>(run, tx, this::title);
  }

  /** Carries out (or, in a dry run, records) the actions; {@code links} are the plan's inputs. */
  void execute(List<SyncAction<F>> actions, List<SyncLink<F>> inputLinks) {
    execute(actions, inputLinks, 0);
  }

  private void execute(List<SyncAction<F>> actions, List<SyncLink<F>> inputLinks, int attempt) {
    try {
      executeEach(creates.inMicrosoftTogether(creates.inCrmTogether(actions)), inputLinks, attempt);
    } finally {
      creates.saveMadeLinks();
    }
  }

  private void executeEach(List<SyncAction<F>> actions, List<SyncLink<F>> inputLinks, int attempt) {
    for (SyncAction<F> action : actions) {
      try {
        carryOut(action);
      } catch (ChangedMeanwhile changed) {
        SyncLink<F> original =
            inputLinks.stream()
                .filter(l -> l.crmId().equals(changed.crmId))
                .findFirst()
                .orElse(null);
        try {
          decideAgain(changed.crmId, changed.microsoftId, original, attempt);
        } catch (IllegalArgumentException | RequestRejectedException | InvalidActivityException e) {
          skip(action, e.getMessage());
        }
      } catch (IllegalArgumentException | RequestRejectedException | InvalidActivityException e) {
        // Fields one side cannot take (an unknown zone, a refused value): the run goes on, and an
        // update's intent gives way to the link as it was, so no later run finishes it blindly.
        undoIntent(action, inputLinks);
        skip(action, e.getMessage());
      }
    }
  }

  private void undoIntent(SyncAction<F> action, List<SyncLink<F>> inputLinks) {
    if (!setup.dryRun() && action instanceof SyncAction.Update<F> update) {
      inputLinks.stream()
          .filter(link -> link.crmId().equals(update.crmId()))
          .findFirst()
          .ifPresent(links::save);
    }
  }

  private void carryOut(SyncAction<F> action) {
    if (action instanceof SyncAction.Create<F> create) {
      creates.create(create, false);
    } else if (action instanceof SyncAction.Update<F> update) {
      update(update);
    } else if (action instanceof SyncAction.Delete<F> delete) {
      delete(delete);
    } else if (action instanceof SyncAction.Link<F> link) {
      if (!setup.dryRun()) {
        links.save(link.link());
        linkedMicrosoftIds.accept(link.link().microsoftId());
      }
      tally.linked(link.link().crmId(), link.link().microsoftId(), title(link.link().synced()));
    } else if (action instanceof SyncAction.Unlink<F> unlink) {
      if (!setup.dryRun()) {
        links.delete(unlink.link().crmId());
      }
      tally.unlinked(
          unlink.link().crmId(), unlink.link().microsoftId(), title(unlink.link().synced()));
    } else if (action instanceof SyncAction.RecordConflict<F> record) {
      conflict(record.conflict());
    } else {
      throw new IllegalStateException("holds are decided over the whole run, not per plan");
    }
  }

  /** Re-creates an item a discarded hold kept; an item that cannot be written is skipped. */
  void restore(SyncAction.Create<F> create) {
    try {
      creates.create(create, true);
    } catch (IllegalArgumentException | RequestRejectedException | InvalidActivityException e) {
      skip(create, e.getMessage());
    } finally {
      creates.saveMadeLinks();
    }
  }

  private void update(SyncAction.Update<F> update) {
    boolean toCrm = update.targets().contains(Side.CRM);
    boolean toMicrosoft = update.targets().contains(Side.MICROSOFT);
    String title = title(update.fields());
    if (setup.dryRun()) {
      tally.updated(toCrm, toMicrosoft, update.crmId(), update.microsoftId(), title);
      return;
    }
    links.save(update.intent());
    String microsoftAfter = null;
    if (toMicrosoft) {
      try {
        microsoftAfter =
            setup
                .microsoft()
                .update(
                    setup.target(),
                    update.microsoftId(),
                    update.fields(),
                    update.microsoftVersion())
                .version();
      } catch (PreconditionFailedException | NotFoundException e) {
        throw new ChangedMeanwhile(update.crmId(), update.microsoftId());
      }
    }
    String microsoftVersion = microsoftAfter;
    try {
      tx.executeWithoutResult(
          status -> {
            String crmAfter = null;
            if (toCrm) {
              crmAfter =
                  setup
                      .crm()
                      .update(setup.userId(), update.crmId(), update.fields(), update.crmVersion())
                      .orElseThrow(() -> new ChangedMeanwhile(update.crmId(), update.microsoftId()))
                      .version();
            }
            links.save(update.link(crmAfter, microsoftVersion));
          });
    } catch (StaleVersionException e) {
      throw new ChangedMeanwhile(update.crmId(), update.microsoftId());
    }
    tally.updated(toCrm, toMicrosoft, update.crmId(), update.microsoftId(), title);
  }

  /** Deletes the linked item on the action's target side and forgets the link. */
  void delete(SyncAction.Delete<F> delete) {
    SyncLink<F> link = delete.link();
    String title = title(link.synced());
    if (!setup.dryRun()) {
      try {
        if (delete.target() == Side.CRM) {
          tx.executeWithoutResult(
              status -> {
                setup.crm().delete(setup.userId(), link.crmId(), link.crmVersion());
                links.delete(link.crmId());
              });
        } else {
          setup.microsoft().delete(setup.target(), link.microsoftId(), link.microsoftVersion());
          links.delete(link.crmId());
        }
      } catch (StaleVersionException | PreconditionFailedException e) {
        throw new ChangedMeanwhile(link.crmId(), link.microsoftId());
      }
    }
    tally.deleted(delete.target(), link.crmId(), link.microsoftId(), title);
  }

  private void conflict(Conflict<F> conflict) {
    F shown =
        conflict.result() != null
            ? conflict.result()
            : conflict.crmVersion() != null ? conflict.crmVersion() : conflict.microsoftVersion();
    String title = title(shown);
    if (!setup.dryRun()) {
      conflicts.record(setup.userId(), setup.resource(), runId, conflict, title);
    }
    tally.conflict(
        conflict.crmId(),
        conflict.microsoftId(),
        title,
        conflict.rule() + ": " + conflict.decision());
  }

  /**
   * The item changed under a write: undo the intent, read both sides again and decide again, a few
   * times at most, never overwriting blindly.
   */
  private void decideAgain(String crmId, String microsoftId, SyncLink<F> original, int attempt) {
    if (attempt >= MAX_RETRIES) {
      tally.skipped(
          null, crmId, microsoftId, null, "changed again each time it was read; retried next run");
      return;
    }
    if (original != null) {
      links.save(original);
    }
    SideChange<F> crmNow =
        setup
            .crm()
            .find(setup.userId(), crmId)
            .map(SideChange::upserted)
            .orElse(SideChange.deleted(crmId));
    SideChange<F> microsoftNow =
        setup
            .microsoft()
            .read(setup.target(), microsoftId)
            .map(SideChange::upserted)
            .orElse(SideChange.deleted(microsoftId));
    List<SyncLink<F>> input = original == null ? List.of() : List.of(original);
    List<SyncAction<F>> again =
        reconciler
            .plan(setup.policy(), new SyncInput<>(input, List.of(crmNow), List.of(microsoftNow)))
            .actions();
    execute(again, input, attempt + 1);
  }

  private void skip(SyncAction<F> action, String reason) {
    tally.skipped(action, this::title, reason == null ? "refused" : reason);
  }

  String title(F fields) {
    try {
      return fields == null ? null : setup.crm().title(fields);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** An item changed between reading and writing it. */
  static final class ChangedMeanwhile extends RuntimeException {
    final String crmId;
    final String microsoftId;

    ChangedMeanwhile(String crmId, String microsoftId) {
      super("changed meanwhile", null, false, false);
      this.crmId = crmId;
      this.microsoftId = microsoftId;
    }
  }
}
