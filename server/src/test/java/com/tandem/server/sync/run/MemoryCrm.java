package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.server.activity.Change;
import com.tandem.server.activity.ChangeFeed;
import com.tandem.server.activity.ChangeOp;
import com.tandem.server.activity.ChangeType;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.StaleVersionException;
import com.tandem.server.sync.resource.CrmItems;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.SyncWindow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A CRM of tasks in memory, with its change feed, for tests of the run loop. */
final class MemoryCrm implements CrmItems<TaskFields>, ChangeFeed {

  record Row(long version, TaskFields fields) {}

  private final Clock clock;
  final Map<String, Row> rows = new LinkedHashMap<>();
  private final List<Change> feed = new ArrayList<>();
  private long nextId = 1;

  /** The items the CRM refuses to store. */
  Predicate<TaskFields> refuses = fields -> false;

  /** How many items were created by {@link #createAll}. */
  int createdTogether;

  /** Called before each write made by sync (to edit an item "meanwhile"). */
  Runnable beforeSyncWrite = () -> {};

  MemoryCrm(Clock clock) {
    this.clock = clock;
  }

  // What a person does in the CRM.

  String userCreates(TaskFields fields) {
    String id = "crm-" + nextId++;
    rows.put(id, new Row(1, fields));
    append(id, ChangeOp.UPSERT, Origin.CRM);
    return id;
  }

  void userEdits(String id, TaskFields fields) {
    rows.put(id, new Row(rows.get(id).version() + 1, fields));
    append(id, ChangeOp.UPSERT, Origin.CRM);
  }

  void userDeletes(String id) {
    rows.remove(id);
    append(id, ChangeOp.DELETE, Origin.CRM);
  }

  TaskFields fields(String id) {
    return rows.get(id).fields();
  }

  List<String> subjects() {
    return rows.values().stream().map(r -> r.fields().subject()).sorted().toList();
  }

  // CrmItems.

  @Override
  public Optional<ItemState<TaskFields>> find(long userId, String crmId) {
    Row row = rows.get(crmId);
    return row == null
        ? Optional.empty()
        : Optional.of(
            ItemState.of(crmId, Long.toString(row.version()), clock.instant(), row.fields()));
  }

  @Override
  public void forEachLive(long userId, SyncWindow window, Consumer<ItemState<TaskFields>> each) {
    List.copyOf(rows.keySet()).forEach(id -> each.accept(find(userId, id).orElseThrow()));
  }

  @Override
  public ItemVersion create(long userId, TaskFields fields) {
    beforeSyncWrite.run();
    checkAccepted(fields);
    String id = "crm-" + nextId++;
    rows.put(id, new Row(1, fields));
    append(id, ChangeOp.UPSERT, Origin.SYNC);
    return new ItemVersion(id, "1");
  }

  /** All or none, like the real store's transaction. */
  @Override
  public List<ItemVersion> createAll(long userId, List<TaskFields> fields) {
    fields.forEach(this::checkAccepted);
    createdTogether += fields.size();
    return fields.stream().map(f -> create(userId, f)).toList();
  }

  private void checkAccepted(TaskFields fields) {
    if (refuses.test(fields)) {
      throw new IllegalArgumentException("the CRM refuses " + fields.subject());
    }
  }

  @Override
  public Optional<ItemVersion> update(
      long userId, String crmId, TaskFields fields, String expectedVersion) {
    beforeSyncWrite.run();
    Row row = rows.get(crmId);
    if (row == null) {
      return Optional.empty();
    }
    if (!Long.toString(row.version()).equals(expectedVersion)) {
      throw new StaleVersionException(row.version());
    }
    rows.put(crmId, new Row(row.version() + 1, fields));
    append(crmId, ChangeOp.UPSERT, Origin.SYNC);
    return Optional.of(new ItemVersion(crmId, Long.toString(row.version() + 1)));
  }

  @Override
  public boolean delete(long userId, String crmId, String expectedVersion) {
    beforeSyncWrite.run();
    Row row = rows.get(crmId);
    if (row == null) {
      return false;
    }
    if (expectedVersion != null && !Long.toString(row.version()).equals(expectedVersion)) {
      throw new StaleVersionException(row.version());
    }
    rows.remove(crmId);
    append(crmId, ChangeOp.DELETE, Origin.SYNC);
    return true;
  }

  @Override
  public boolean inWindow(TaskFields fields, SyncWindow window) {
    return true;
  }

  @Override
  public String title(TaskFields fields) {
    return fields.subject();
  }

  // ChangeFeed.

  /** The organization of the feed's one user. */
  static final long ORGANIZATION = 1;

  private void append(String id, ChangeOp op, Origin origin) {
    feed.add(
        new Change(
            feed.size() + 1,
            ChangeType.TASK,
            id,
            MemorySides.USER,
            ORGANIZATION,
            op,
            origin,
            clock.instant()));
  }

  @Override
  public List<Change> read(long afterSeq, int limit) {
    return feed.stream().filter(c -> c.seq() > afterSeq).limit(limit).toList();
  }

  @Override
  public List<Change> readForUser(long userId, long afterSeq, int limit) {
    return read(afterSeq, limit);
  }

  /** How often sync read the feed. */
  int feedReads;

  @Override
  public List<Change> readForUser(
      long userId, ChangeType type, Origin leftOut, long afterSeq, long throughSeq, int limit) {
    feedReads++;
    return feed.stream()
        .filter(c -> c.seq() > afterSeq && c.seq() <= throughSeq)
        .filter(c -> c.type() == type && c.origin() != leftOut)
        .limit(limit)
        .toList();
  }

  @Override
  public long lastSeq() {
    return feed.size();
  }

  @Override
  public List<Change> readForOrganization(long organizationId, long afterSeq, int limit) {
    return read(afterSeq, limit);
  }

  @Override
  public long append(ChangeType type, String id, long ownerId, ChangeOp op, Origin origin) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long appendAll(
      ChangeType type, List<String> ids, long ownerId, ChangeOp op, Origin origin) {
    throw new UnsupportedOperationException();
  }
}
