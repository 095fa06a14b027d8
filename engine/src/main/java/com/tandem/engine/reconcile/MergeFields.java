package com.tandem.engine.reconcile;

import com.tandem.engine.reconcile.Conflict.Decision;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Each side's changed fields are applied; a field changed on both takes the CRM's value; a changed
 * item outlives a deletion.
 */
record MergeFields() implements ConflictStrategy {

  @Override
  public <F extends SyncFields<F>> Resolution<F> resolve(
      ItemState<F> crm, ItemState<F> microsoft, F base) {
    if (base == null) {
      // Without a common base every differing field counts as changed on both: the CRM wins.
      return new Resolution<>(crm.fields(), Decision.CRM_WON);
    }
    Set<String> crmChanged = changedFields(base, crm.fields());
    Set<String> fromMicrosoft = changedFields(base, microsoft.fields());
    fromMicrosoft.removeAll(crmChanged);
    return new Resolution<>(
        crm.fields().withFieldsOf(microsoft.fields(), fromMicrosoft), Decision.MERGED);
  }

  @Override
  public boolean keepsChangedOver(Side deletedSide) {
    return true;
  }

  static <F extends SyncFields<F>> Set<String> changedFields(F base, F now) {
    SortedMap<String, String> before = base.canonicalFields();
    Set<String> changed = new TreeSet<>();
    for (Map.Entry<String, String> field : now.canonicalFields().entrySet()) {
      if (!Objects.equals(before.get(field.getKey()), field.getValue())) {
        changed.add(field.getKey());
      }
    }
    return changed;
  }
}
