package com.tandem.server.sync.tasks;

import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.tasks.TaskFields;
import com.tandem.server.activity.tasks.Task;
import com.tandem.server.activity.tasks.Tasks;
import com.tandem.server.sync.resource.CrmStoreItems;
import com.tandem.server.sync.resource.SyncWindow;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The CRM side of task sync, over the activity feature's {@link Tasks}. */
@Component
public class CrmTaskItems
    extends CrmStoreItems<TaskFields, com.tandem.server.activity.tasks.TaskFields, Task> {

  private final Tasks tasks;

  CrmTaskItems(Tasks tasks) {
    super(tasks);
    this.tasks = tasks;
  }

  @Override
  protected com.tandem.server.activity.tasks.TaskFields toCrm(TaskFields fields) {
    return TaskConversion.toCrm(fields);
  }

  @Override
  protected TaskFields toEngine(com.tandem.server.activity.tasks.TaskFields fields) {
    return TaskConversion.toEngine(fields);
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
  public boolean inWindow(TaskFields fields, SyncWindow window) {
    return true;
  }

  @Override
  public String title(TaskFields fields) {
    return fields.subject();
  }
}
