package com.tandem.server.sync.tasks;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.tasks.GraphTask;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.engine.tasks.TaskMapping;
import com.tandem.graph.BatchRequest;
import com.tandem.graph.BatchResult;
import com.tandem.graph.DeltaItem;
import com.tandem.graph.DeltaPage;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.TodoTasks;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.RequestRejectedException;
import com.tandem.graph.errors.ThrottledException;
import com.tandem.graph.model.LinkedResource;
import com.tandem.graph.model.TodoTask;
import com.tandem.graph.model.TodoTaskList;
import com.tandem.server.sync.resource.InboundMapping;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.MicrosoftPage;
import com.tandem.server.sync.resource.MicrosoftPages;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SkippedItem;
import com.tandem.server.sync.resource.SyncWindow;
import com.tandem.server.sync.resource.VersionFormats;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Microsoft side of task sync: the user's default Microsoft To Do list. Tandem stamps the tasks
 * it creates with a linked resource of application {@value #APPLICATION} whose external id is the
 * CRM id.
 */
@Component
class MicrosoftTaskItems implements MicrosoftItems<TaskFields> {

  /** The application name of the linked resource that carries the CRM id. */
  static final String APPLICATION = "Tandem";

  private static final Logger LOG = LoggerFactory.getLogger(MicrosoftTaskItems.class);

  /** How many creates of unknown outcome are remembered at most (each is a few hundred bytes). */
  static final int MAX_UNCERTAIN = 10_000;

  private final Clock clock;
  private final Set<String> uncertain = ConcurrentHashMap.newKeySet();
  private final InboundMapping<TaskFields> intake =
      new InboundMapping<>(
          LOG, "To Do task", com.tandem.server.activity.tasks.TaskFields.MAX_SUBJECT);

  MicrosoftTaskItems(Clock clock) {
    this.clock = clock;
  }

  /**
   * The user's default list, looked up in Graph: it belongs to one mailbox and its id may change
   * when the user recreates it.
   *
   * @throws IllegalStateException when the mailbox has no default list
   */
  @Override
  public MicrosoftTarget target(GraphClient graph, Mailbox mailbox) {
    TodoTaskList list =
        graph
            .todoLists()
            .defaultList(mailbox)
            .orElseThrow(
                () -> new IllegalStateException("the mailbox has no default Microsoft To Do list"));
    return new MicrosoftTarget(graph, mailbox, list.id());
  }

  /**
   * The stored list without a Graph call when there is one (a run that finds it gone looks the
   * default list up again), else the default list looked up.
   */
  @Override
  public MicrosoftTarget target(GraphClient graph, Mailbox mailbox, String storedListId) {
    return storedListId == null
        ? target(graph, mailbox)
        : new MicrosoftTarget(graph, mailbox, storedListId);
  }

  @Override
  public Optional<BatchRequest> firstRead(
      String id, MicrosoftTarget target, String link, SyncWindow window) {
    TodoTasks tasks = target.graph().todoTasks();
    return Optional.of(
        link == null
            ? tasks.deltaRequest(id, target.mailbox(), listId(target))
            : tasks.resumeRequest(id, link));
  }

  @Override
  public MicrosoftPages<TaskFields> changes(MicrosoftTarget target, BatchResult batch, String id) {
    return MicrosoftPages.of(
        target.graph().todoTasks().deltaPages(target.mailbox(), batch, id),
        page -> page(target, page));
  }

  @Override
  public MicrosoftPages<TaskFields> changes(
      MicrosoftTarget target, String link, SyncWindow window) {
    TodoTasks tasks = target.graph().todoTasks();
    return MicrosoftPages.of(
        link == null
            ? tasks.deltaPages(target.mailbox(), listId(target))
            : tasks.resumePages(target.mailbox(), link),
        page -> page(target, page));
  }

  private MicrosoftPage<TaskFields> page(MicrosoftTarget target, DeltaPage<TodoTask> page) {
    List<SideChange<TaskFields>> changes = new ArrayList<>();
    List<SkippedItem> skipped = new ArrayList<>();
    for (DeltaItem<TodoTask> item : page.items()) {
      if (item.wasRemoved()) {
        // A task moved to another list is removed from this one too, under a reason that does
        // not say so: whatever the reason, it is deleted here once this list no longer has it.
        if (get(target, item.id()).isEmpty()) {
          changes.add(SideChange.deleted(item.id()));
        }
        continue;
      }
      TodoTask task = item.value();
      InboundMapping.Result<TaskFields> result =
          intake.take(task.id(), task.title(), () -> state(task));
      if (result.item() != null) {
        changes.add(SideChange.upserted(result.item()));
      } else {
        skipped.add(result.skipped());
      }
    }
    return new MicrosoftPage<>(changes, skipped, page.resumeLink(), page.last());
  }

  @Override
  public Optional<ItemState<TaskFields>> read(MicrosoftTarget target, String id) {
    return get(target, id).map(task -> intake.require(id, task.title(), () -> state(task)));
  }

  @Override
  public Optional<ItemState<TaskFields>> findByCrmId(MicrosoftTarget target, String crmId) {
    return target
        .graph()
        .todoTasks()
        .findByExternalId(target.mailbox(), listId(target), crmId)
        .stream()
        .filter(task -> crmId.equals(stamp(task)))
        // Several would be duplicates: the oldest is the original.
        .min(
            Comparator.comparing(
                TodoTask::createdDateTime, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(task -> intake.require(task.id(), task.title(), () -> state(task)));
  }

  /**
   * To Do has no idempotency key, so the stamp is the key: after a create whose answer was lost,
   * the retry with the same attempt looks for a task stamped with the CRM id and returns it instead
   * of creating another. A first attempt does not look (that would read the whole list for every
   * task): across restarts, the caller looks up by CRM id before creating again.
   */
  @Override
  public ItemVersion create(
      MicrosoftTarget target, TaskFields fields, String crmId, String attempt) {
    String key = target.mailbox() + "|" + listId(target) + "|" + crmId + "|" + attempt;
    if (uncertain.contains(key)) {
      Optional<ItemState<TaskFields>> existing = findByCrmId(target, crmId);
      if (existing.isPresent()) {
        uncertain.remove(key);
        return new ItemVersion(existing.get().id(), existing.get().version());
      }
    }
    TodoTask task = TodoConversion.toGraph(TaskMapping.toMicrosoft(fields));
    TodoTask created;
    try {
      created =
          target
              .graph()
              .todoTasks()
              .create(
                  target.mailbox(),
                  listId(target),
                  task,
                  LinkedResource.of(APPLICATION, fields.subject(), crmId, null));
    } catch (ThrottledException | RequestRejectedException e) {
      throw e;
    } catch (RuntimeException e) {
      // No answer, or a server error: the task may exist all the same.
      if (uncertain.size() >= MAX_UNCERTAIN) {
        uncertain.clear();
      }
      uncertain.add(key);
      throw e;
    }
    uncertain.remove(key);
    return new ItemVersion(created.id(), version(created));
  }

  @Override
  public ItemVersion update(
      MicrosoftTarget target, String id, TaskFields fields, String expectedVersion) {
    GraphTask wanted = TaskMapping.toMicrosoft(fields);
    TodoTask updated =
        target
            .graph()
            .todoTasks()
            .update(
                target.mailbox(),
                listId(target),
                id,
                TodoConversion.toGraph(wanted),
                TodoConversion.cleared(wanted),
                VersionFormats.etag(expectedVersion));
    return new ItemVersion(id, version(updated));
  }

  @Override
  public void delete(MicrosoftTarget target, String id, String expectedVersion) {
    try {
      target
          .graph()
          .todoTasks()
          .delete(target.mailbox(), listId(target), id, VersionFormats.etag(expectedVersion));
    } catch (NotFoundException e) {
      // Already gone: what the caller wanted.
    }
  }

  private ItemState<TaskFields> state(TodoTask task) {
    TaskFields fields = TaskMapping.fromMicrosoft(TodoConversion.toEngine(task));
    // Checked here so that a task the CRM cannot store is skipped, not failed on writing.
    TaskConversion.toCrm(fields);
    ItemState<TaskFields> state =
        ItemState.of(
            task.id(),
            version(task),
            task.lastModifiedDateTime() != null ? task.lastModifiedDateTime() : clock.instant(),
            fields);
    String stamp = stamp(task);
    return stamp == null ? state : state.stampedWith(stamp);
  }

  /** To Do tasks have no changeKey: the etag's inner value is their version. */
  static String version(TodoTask task) {
    String etag = task.etag();
    if (etag == null || etag.isBlank()) {
      throw new IllegalArgumentException("it has no etag");
    }
    String inner = etag.startsWith("W/") ? etag.substring(2) : etag;
    return inner.replace("\"", "");
  }

  private static String stamp(TodoTask task) {
    if (task.linkedResources() == null) {
      return null;
    }
    return task.linkedResources().stream()
        .filter(link -> APPLICATION.equals(link.applicationName()))
        .map(LinkedResource::externalId)
        .filter(id -> id != null && !id.isBlank())
        .findFirst()
        .orElse(null);
  }

  private static Optional<TodoTask> get(MicrosoftTarget target, String id) {
    try {
      return Optional.of(target.graph().todoTasks().get(target.mailbox(), listId(target), id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static String listId(MicrosoftTarget target) {
    if (target.listId() == null) {
      throw new IllegalArgumentException("a task target needs a list id");
    }
    return target.listId();
  }
}
