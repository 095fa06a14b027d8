package com.tandem.server.sync.tasks;

import com.tandem.engine.tasks.TaskFields;
import com.tandem.engine.tasks.TaskPriority;
import com.tandem.engine.tasks.TaskStatus;
import com.tandem.server.sync.resource.CrmBodies;

/**
 * Converts a task between the CRM's record ({@link com.tandem.server.activity.tasks.TaskFields})
 * and the engine's ({@link TaskFields}).
 */
public final class TaskConversion {

  private TaskConversion() {}

  /** The engine's view of a CRM task. */
  public static TaskFields toEngine(com.tandem.server.activity.tasks.TaskFields crm) {
    return new TaskFields(
        crm.subject(),
        CrmBodies.fromCrm(crm.description()),
        crm.dueDate(),
        crm.startDate(),
        TaskStatus.valueOf(crm.status().name()),
        TaskPriority.valueOf(crm.priority().name()),
        crm.reminderAt(),
        crm.completedAt());
  }

  /**
   * The CRM record for the engine's task.
   *
   * @throws com.tandem.server.activity.InvalidActivityException when the CRM would not accept it
   */
  public static com.tandem.server.activity.tasks.TaskFields toCrm(TaskFields task) {
    return new com.tandem.server.activity.tasks.TaskFields(
        task.subject(),
        CrmBodies.toCrm(task.description()),
        task.dueDate(),
        task.startDate(),
        com.tandem.server.activity.tasks.TaskStatus.valueOf(task.status().name()),
        com.tandem.server.activity.tasks.TaskPriority.valueOf(task.priority().name()),
        task.reminderAt(),
        task.completedAt());
  }
}
