package com.tandem.server.sync.resource;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.VersionedItem;
import com.tandem.server.activity.VersionedStore;
import java.util.List;
import java.util.Optional;

/**
 * The CRM side of a resource over one of the activity feature's {@link VersionedStore}s: what every
 * kind of item shares (find, create, update and delete with the version expected, all with origin
 * {@code SYNC}); a kind converts its fields to and from the engine's and lists its live items.
 *
 * @param <F> the engine's fields
 * @param <T> the CRM store's content
 * @param <I> the CRM store's item
 */
public abstract class CrmStoreItems<F extends SyncFields<F>, T, I extends VersionedItem<T>>
    implements CrmItems<F> {

  /** How many items one read of the store fetches. */
  public static final int PAGE = 200;

  private final VersionedStore<T, I> store;

  public CrmStoreItems(VersionedStore<T, I> store) {
    this.store = store;
  }

  /** The CRM content of engine fields; throws when the CRM cannot store them. */
  protected abstract T toCrm(F fields);

  /** The engine fields of CRM content. */
  protected abstract F toEngine(T fields);

  @Override
  public Optional<ItemState<F>> find(long userId, String crmId) {
    return store.find(userId, crmId).map(this::state);
  }

  @Override
  public ItemVersion create(long userId, F fields) {
    return written(store.create(userId, toCrm(fields), Origin.SYNC));
  }

  @Override
  public List<ItemVersion> createAll(long userId, List<F> fields) {
    return store.createAll(userId, fields.stream().map(this::toCrm).toList(), Origin.SYNC).stream()
        .map(id -> new ItemVersion(id, "1"))
        .toList();
  }

  @Override
  public Optional<ItemVersion> update(long userId, String crmId, F fields, String expectedVersion) {
    return store
        .update(userId, crmId, toCrm(fields), Origin.SYNC, VersionFormats.crm(expectedVersion))
        .map(CrmStoreItems::written);
  }

  @Override
  public boolean delete(long userId, String crmId, String expectedVersion) {
    return store.delete(userId, crmId, Origin.SYNC, VersionFormats.crm(expectedVersion));
  }

  /** The engine's view of a stored item. */
  protected ItemState<F> state(I item) {
    return ItemState.of(
        item.id(), Long.toString(item.version()), item.updatedAt(), toEngine(item.fields()));
  }

  private static ItemVersion written(VersionedItem<?> item) {
    return new ItemVersion(item.id(), Long.toString(item.version()));
  }
}
