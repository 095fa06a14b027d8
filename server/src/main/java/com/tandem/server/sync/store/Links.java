package com.tandem.server.sync.store;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One user's links of one resource, as a run reads and writes them.
 *
 * @param <F> the kind of item
 */
public interface Links<F extends SyncFields<F>> {

  /**
   * The Microsoft id a create intent stands on until the copy exists: recorded before a Microsoft
   * create, replaced by the real link after it, found by the next run when a crash came between.
   */
  static String creating(String crmId) {
    return CREATING + crmId;
  }

  /** Whether a link is a create intent (its Microsoft copy may or may not exist yet). */
  static boolean isCreating(SyncLink<?> link) {
    return link.microsoftId().startsWith(CREATING);
  }

  /** The prefix of a create intent's Microsoft id; no Graph id starts so. */
  String CREATING = "~creating:";

  /** The create intents left by a run that ended between a Microsoft create and its link. */
  List<SyncLink<F>> createIntents();

  /** The links of the given Microsoft items. */
  List<SyncLink<F>> byMicrosoftIds(Collection<String> microsoftIds);

  /** The links of the given CRM items. */
  List<SyncLink<F>> byCrmIds(Collection<String> crmIds);

  /** For each given CRM id that is linked, the Microsoft id it is linked to. */
  Map<String, String> microsoftIdsOf(Collection<String> crmIds);

  /** The link of one CRM item. */
  Optional<SyncLink<F>> byCrmId(String crmId);

  /** Hands over every link. */
  void forEach(Consumer<SyncLink<F>> each);

  /** How many links there are. */
  int count();

  /** Records the link, replacing any with the same CRM id or the same Microsoft id. */
  void save(SyncLink<F> link);

  /** Records the links as {@link #save} does, together. */
  default void saveAll(List<SyncLink<F>> all) {
    all.forEach(this::save);
  }

  /**
   * Records links of items that were not linked at all (neither id has a link); throws {@link
   * org.springframework.dao.DuplicateKeyException} when one was.
   */
  default void insertAll(List<SyncLink<F>> fresh) {
    saveAll(fresh);
  }

  /** Forgets the link of the CRM item. */
  void delete(String crmId);

  /**
   * Records {@code save} (as {@link #saveAll}), forgets the links of {@code forget} and inserts
   * {@code fresh} (as {@link #insertAll}), in one transaction.
   */
  void replace(List<SyncLink<F>> save, Collection<String> forget, List<SyncLink<F>> fresh);

  /**
   * Records create intents ({@code replacing}: of items whose link they replace; {@code fresh}: of
   * items not linked yet), durably: before this returns they survive a killed process, so that a
   * copy made in Microsoft afterwards is always found again.
   */
  void recordIntents(List<SyncLink<F>> replacing, List<SyncLink<F>> fresh);

  /**
   * Turns create intents into the links of the copies made: each link replaces the intent of its
   * CRM item (the same synced fields, now with the copy's id and version).
   */
  void fulfil(List<SyncLink<F>> made);
}
