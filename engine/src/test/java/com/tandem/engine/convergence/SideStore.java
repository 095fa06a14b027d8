package com.tandem.engine.convergence;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.tasks.TaskFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** One side (the CRM or Microsoft) in memory: its items and a change log like a delta feed. */
final class SideStore {

  /** An item as stored, with the logical item it stands for (to spot duplicates). */
  record Row(
      String id,
      String version,
      Instant modifiedAt,
      TaskFields fields,
      String stamp,
      String origin) {
    ItemState<TaskFields> state() {
      ItemState<TaskFields> state = ItemState.of(id, version, modifiedAt, fields);
      return stamp == null ? state : state.stampedWith(stamp);
    }
  }

  private final String prefix;
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Map<String, String> originById = new HashMap<>();
  private final List<String> log = new ArrayList<>();
  private int nextId;
  private int nextVersion;

  SideStore(String prefix) {
    this.prefix = prefix;
  }

  String create(TaskFields fields, String stamp, String origin, Instant at) {
    String id = prefix + (++nextId);
    rows.put(id, new Row(id, newVersion(), at, fields, stamp, origin));
    originById.put(id, origin);
    log.add(id);
    return id;
  }

  String update(String id, TaskFields fields, Instant at) {
    Row row = require(id);
    String version = newVersion();
    rows.put(id, new Row(id, version, at, fields, row.stamp(), row.origin()));
    log.add(id);
    return version;
  }

  void delete(String id) {
    require(id);
    rows.remove(id);
    log.add(id);
  }

  Row row(String id) {
    return rows.get(id);
  }

  List<Row> rows() {
    return List.copyOf(rows.values());
  }

  String originOf(String id) {
    return originById.get(id);
  }

  int logSize() {
    return log.size();
  }

  /** What a delta from {@code cursor} reports: each touched item once, in its current state. */
  List<SideChange<TaskFields>> changesSince(int cursor) {
    List<SideChange<TaskFields>> changes = new ArrayList<>();
    for (String id : new LinkedHashSet<>(log.subList(cursor, log.size()))) {
      Row row = rows.get(id);
      changes.add(row == null ? SideChange.deleted(id) : SideChange.upserted(row.state()));
    }
    return changes;
  }

  private Row require(String id) {
    Row row = rows.get(id);
    if (row == null) {
      throw new IllegalStateException(prefix + ": no item " + id);
    }
    return row;
  }

  private String newVersion() {
    return prefix + "v" + (++nextVersion);
  }
}
