package com.tandem.server.sync;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.Task;
import com.tandem.server.activity.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The CRM side of task sync, over the activity feature's {@link Tasks}. */
@Component
class CrmTaskItems implements CrmItems<TaskFields> {

  /** How many tasks one read of the store fetches. */
  static final int PAGE = 200;

  private final Tasks tasks;

  CrmTaskItems(Tasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public Optional<ItemState<TaskFields>> find(long userId, String crmId) {
    return tasks.find(userId, crmId).map(CrmTaskItems::state);
  }

  @Override
  public void forEachLive(long userId, SyncWindow window, Consumer<ItemState<TaskFields>> each) {
    for (int offset = 0; ; offset += PAGE) {
      List<Task> page = tasks.list(userId, null, offset, PAGE);
      page.forEach(task -> each.accept(state(task)));
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  @Override
  public Written create(long userId, TaskFields fields) {
    return written(tasks.create(userId, TaskConversion.toCrm(fields), Origin.SYNC));
  }

  @Override
  public List<Written> createAll(long userId, List<TaskFields> fields) {
    return tasks
        .createAll(userId, fields.stream().map(TaskConversion::toCrm).toList(), Origin.SYNC)
        .stream()
        .map(id -> new Written(id, "1"))
        .toList();
  }

  @Override
  public Optional<Written> update(
      long userId, String crmId, TaskFields fields, String expectedVersion) {
    return tasks
        .update(
            userId, crmId, TaskConversion.toCrm(fields), Origin.SYNC, Versions.crm(expectedVersion))
        .map(CrmTaskItems::written);
  }

  @Override
  public boolean delete(long userId, String crmId, String expectedVersion) {
    return tasks.delete(userId, crmId, Origin.SYNC, Versions.crm(expectedVersion));
  }

  @Override
  public boolean inWindow(TaskFields fields, SyncWindow window) {
    return true;
  }

  @Override
  public String title(TaskFields fields) {
    return fields.subject();
  }

  private static ItemState<TaskFields> state(Task task) {
    return ItemState.of(
        task.id(),
        Long.toString(task.version()),
        task.updatedAt(),
        TaskConversion.toEngine(task.fields()));
  }

  private static Written written(Task task) {
    return new Written(task.id(), Long.toString(task.version()));
  }
}
