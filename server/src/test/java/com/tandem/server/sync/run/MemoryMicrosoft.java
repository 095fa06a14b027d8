package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.graph.GraphFailures;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.MicrosoftPage;
import com.tandem.server.sync.resource.MicrosoftPages;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SyncWindow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A To Do list in memory with a delta feed that streams pages, for tests of the run loop. A link
 * {@code delta:N} means "every change after change N"; a round's pages resume at their last change.
 */
final class MemoryMicrosoft implements MicrosoftItems<TaskFields> {

  record Item(String changeKey, TaskFields fields, String stamp, long lastChange) {}

  private final Clock clock;
  final Map<String, Item> items = new LinkedHashMap<>();
  private final List<String> log = new ArrayList<>();
  private final Map<String, String> createdByAttempt = new HashMap<>();
  private long nextId = 1;
  private long nextKey = 1;
  int pageSize = 3;
  boolean tokensExpired;
  int pagesRead;
  int creates;

  /** Thrown by the next call of the named operation (read, page, create, update, delete). */
  final Map<String, Supplier<RuntimeException>> failNext = new HashMap<>();

  /** Runs before the next write made by sync (to edit an item "meanwhile"). */
  Runnable beforeSyncWrite = () -> {};

  /** The failure a create of the given fields meets, or null (by item: creates run at once). */
  Function<TaskFields, RuntimeException> createFailure = fields -> null;

  /** Runs at the start of each create, outside this side's lock, on the creating thread. */
  Runnable whileCreating = () -> {};

  /** When set, a create is applied and then its answer is lost. */
  boolean loseNextCreateAnswer;

  MemoryMicrosoft(Clock clock) {
    this.clock = clock;
  }

  // What a person does in To Do.

  String userCreates(TaskFields fields) {
    return put(null, fields, null);
  }

  void userEdits(String id, TaskFields fields) {
    put(id, fields, items.get(id).stamp());
  }

  void userDeletes(String id) {
    items.remove(id);
    log.add(id);
  }

  /** The id of the item with this subject (creates run at once, so ids follow no order). */
  String idOf(String subject) {
    return items.entrySet().stream()
        .filter(e -> e.getValue().fields().subject().equals(subject))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  TaskFields fields(String id) {
    return items.get(id).fields();
  }

  List<String> subjects() {
    return items.values().stream().map(i -> i.fields().subject()).sorted().toList();
  }

  private String put(String id, TaskFields fields, String stamp) {
    String itemId = id == null ? "ms-" + nextId++ : id;
    log.add(itemId);
    items.put(itemId, new Item("ck" + nextKey++, fields, stamp, log.size()));
    return itemId;
  }

  private void maybeFail(String operation) {
    Supplier<RuntimeException> failure = failNext.remove(operation);
    if (failure != null) {
      throw failure.get();
    }
  }

  private ItemState<TaskFields> state(String id, Item item) {
    ItemState<TaskFields> state =
        ItemState.of(id, item.changeKey(), clock.instant(), item.fields());
    return item.stamp() == null ? state : state.stampedWith(item.stamp());
  }

  // MicrosoftItems.

  @Override
  public MicrosoftTarget target(
      com.tandem.graph.GraphClient graph, com.tandem.graph.Mailbox mailbox) {
    return new MicrosoftTarget(graph, mailbox, "list-1");
  }

  @Override
  public MicrosoftPages<TaskFields> changes(
      MicrosoftTarget target, String link, SyncWindow window) {
    maybeFail("read");
    // Each id with the position of its last change, as of the round's start, in that order.
    LinkedHashMap<String, Long> last = new LinkedHashMap<>();
    if (link == null) {
      items.entrySet().stream()
          .sorted(java.util.Comparator.comparingLong(e -> e.getValue().lastChange()))
          .forEach(e -> last.put(e.getKey(), e.getValue().lastChange()));
    } else {
      if (tokensExpired) {
        throw GraphFailures.syncStateExpired();
      }
      long after = Long.parseLong(link.substring("delta:".length()));
      for (int i = (int) after; i < log.size(); i++) {
        last.remove(log.get(i));
        last.put(log.get(i), (long) i + 1);
      }
    }
    long end = log.size();
    List<String> ids = new ArrayList<>(last.keySet());
    return new MicrosoftPages<>() {
      private int from;
      private boolean done;

      @Override
      public Optional<MicrosoftPage<TaskFields>> next() {
        if (done) {
          return Optional.empty();
        }
        if (ids.isEmpty()) {
          done = true;
          return Optional.of(new MicrosoftPage<>(List.of(), List.of(), "delta:" + end, true));
        }
        maybeFail("page");
        List<String> pageIds = ids.subList(from, Math.min(ids.size(), from + pageSize));
        List<SideChange<TaskFields>> changes = new ArrayList<>();
        for (String id : pageIds) {
          Item item = items.get(id);
          changes.add(item == null ? SideChange.deleted(id) : SideChange.upserted(state(id, item)));
        }
        from += pageSize;
        boolean lastPage = from >= ids.size();
        done = lastPage;
        String resume =
            lastPage ? "delta:" + end : "delta:" + last.get(pageIds.get(pageIds.size() - 1));
        pagesRead++;
        return Optional.of(new MicrosoftPage<>(changes, List.of(), resume, lastPage));
      }

      @Override
      public String deltaLink() {
        return "delta:" + end;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public synchronized Optional<ItemState<TaskFields>> read(MicrosoftTarget target, String id) {
    Item item = items.get(id);
    return item == null ? Optional.empty() : Optional.of(state(id, item));
  }

  @Override
  public synchronized Optional<ItemState<TaskFields>> findByCrmId(
      MicrosoftTarget target, String crmId) {
    return items.entrySet().stream()
        .filter(e -> crmId.equals(e.getValue().stamp()))
        .findFirst()
        .map(e -> state(e.getKey(), e.getValue()));
  }

  @Override
  public ItemVersion create(
      MicrosoftTarget target, TaskFields fields, String crmId, String attempt) {
    whileCreating.run();
    RuntimeException failure = createFailure.apply(fields);
    if (failure != null) {
      throw failure;
    }
    return createNow(fields, crmId, attempt);
  }

  private synchronized ItemVersion createNow(TaskFields fields, String crmId, String attempt) {
    beforeSyncWrite.run();
    maybeFail("create");
    String existing = createdByAttempt.get(attempt);
    if (existing != null && items.containsKey(existing)) {
      return new ItemVersion(existing, items.get(existing).changeKey());
    }
    creates++;
    String id = put(null, fields, crmId);
    createdByAttempt.put(attempt, id);
    if (loseNextCreateAnswer) {
      loseNextCreateAnswer = false;
      throw GraphFailures.serverError();
    }
    return new ItemVersion(id, items.get(id).changeKey());
  }

  @Override
  public ItemVersion update(
      MicrosoftTarget target, String id, TaskFields fields, String expectedVersion) {
    beforeSyncWrite.run();
    maybeFail("update");
    Item item = items.get(id);
    if (item == null) {
      throw new IllegalStateException("test: update of a missing item " + id);
    }
    if (!item.changeKey().equals(expectedVersion)) {
      throw GraphFailures.preconditionFailed();
    }
    put(id, fields, item.stamp());
    return new ItemVersion(id, items.get(id).changeKey());
  }

  @Override
  public void delete(MicrosoftTarget target, String id, String expectedVersion) {
    beforeSyncWrite.run();
    maybeFail("delete");
    Item item = items.get(id);
    if (item == null) {
      return;
    }
    if (expectedVersion != null && !item.changeKey().equals(expectedVersion)) {
      throw GraphFailures.preconditionFailed();
    }
    userDeletes(id);
  }
}
